using GraphQL.Types;
using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types;

public sealed class SectorGraphType : ObjectGraphType<SectorInfo>
{
    public SectorGraphType()
    {
        Name = "SectorInfo";
        Description = "A target sector; each is a sector cluster.";
        Field(s => s.Sector, type: typeof(NonNullGraphType<SectorEnumGraphType>));
        Field(s => s.Slug);
        Field(s => s.Name);
    }
}
