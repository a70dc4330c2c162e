using GraphQL.Types;
using Ise.Indicators;

namespace Ise.Gateway.GraphQL.Types;

public sealed class PeriodStatusGraphType : ObjectGraphType<PeriodStatus>
{
    public PeriodStatusGraphType()
    {
        Name = "PeriodStatus";
        Field(p => p.Period);
        Field(p => p.Frozen);
        Field(p => p.FrozenAt, nullable: true);
        Field(p => p.FrozenBy, nullable: true);
    }
}
