using GraphQL.Types;
using Ise.Indicators;

namespace Ise.Gateway.GraphQL.Types;

public sealed class IndicatorEvidencePageGraphType : ObjectGraphType<IndicatorEvidencePage>
{
    public IndicatorEvidencePageGraphType()
    {
        Name = "IndicatorEvidencePage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorEvidenceGraphType>>>>("rows").Resolve(c => c.Source.Rows);
        Field<StringGraphType>("endCursor").Description("Pass as after for the next page; null at the end.").Resolve(c => c.Source.Next?.ToString());
    }
}
