using GraphQL.Types;
using Ise.Clusters;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ClusterMemberGraphType : ObjectGraphType<ClusterMemberInfo>
{
    public ClusterMemberGraphType()
    {
        Name = "ClusterMemberInfo";
        Field(m => m.SmeId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.Country, type: typeof(NonNullGraphType<CountryEnumGraphType>));
        Field(m => m.Region, type: typeof(NonNullGraphType<RegionEnumGraphType>));
        Field(m => m.JoinedAt);
    }
}
