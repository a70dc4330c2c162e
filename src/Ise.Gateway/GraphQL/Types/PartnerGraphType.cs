using GraphQL.Types;
using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types;

public sealed class PartnerGraphType : ObjectGraphType<PartnerInfo>
{
    public PartnerGraphType()
    {
        Name = "Partner";
        Description = "One of the programme's partner organisations.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Name);
        Field(p => p.Region, type: typeof(NonNullGraphType<RegionEnumGraphType>));
        Field(p => p.IsLeadPartner);
    }
}
