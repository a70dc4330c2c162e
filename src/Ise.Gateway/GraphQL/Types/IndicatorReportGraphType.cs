using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.Indicators;
using Ise.Indicators;

namespace Ise.Gateway.GraphQL.Types;

public sealed class IndicatorReportGraphType : ObjectGraphType<IndicatorReport>
{
    public IndicatorReportGraphType()
    {
        Name = "IndicatorReport";
        Field<NonNullGraphType<StringGraphType>>("period").Resolve(c => c.Source.Period.Key);
        Field(r => r.Frozen);
        Field<NonNullGraphType<StringGraphType>>("note").Resolve(_ => IndicatorReport.CellsNote);
        Field(r => r.NoShowRate, nullable: true).Description("No-shows ÷ (no-shows + registered attendees who came), over the totals.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorFigureGraphType>>>>("figures").Resolve(c => c.Source.Figures);
        Field<NonNullGraphType<IndicatorEvidencePageGraphType>>("evidence")
            .Description("The evidence behind the figures (company id, name, activity, date, partner), optionally of one indicator and cell.")
            .Argument<IndicatorEnumGraphType>("indicator")
            .Argument<StringGraphType>("cell")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var scope = c.RequireIndicatorScope();
                var indicator = c.GetArgument<Indicator?>("indicator");
                var cell = c.GetArgument<string?>("cell");
                var first = PageSize.Of(c.GetArgument<int?>("first"));
                var after = c.GetArgument<string?>("after");
                var start = IndicatorEvidenceCursor.Start;
                if (after is not null && !IndicatorEvidenceCursor.TryParse(after, out start))
                {
                    throw ApiError.Invalid("after", $"'{after}' is not an evidence cursor.");
                }

                return await new IndicatorReader(c.RequestServices!.GetRequiredService<IGrainFactory>()).EvidenceAsync(c.Source.Period,
                    e => scope.Sees(e) && (indicator is null || e.Indicator == indicator) && (cell is null || e.Cells.Contains(cell)), start, first);
            });
    }
}
