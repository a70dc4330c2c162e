using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

public sealed class SmeFilterInputGraphType : InputObjectGraphType<SmeFilter>
{
    public SmeFilterInputGraphType()
    {
        Name = "SmeFilter";
        Field(f => f.Region, type: typeof(RegionEnumGraphType));
        Field(f => f.Sector, type: typeof(SectorEnumGraphType));
        Field(f => f.PartnerId, type: typeof(IdGraphType));
        Field(f => f.Stage, type: typeof(SmeStageEnumGraphType));
    }
}
