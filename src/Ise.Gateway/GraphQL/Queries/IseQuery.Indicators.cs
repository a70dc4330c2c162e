using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types;
using Ise.Gateway.Indicators;
using Ise.Indicators;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>The programme indicators of a period, read from its counter buckets.</summary>
public sealed partial class IseQuery
{
    private void IndicatorQueries()
    {
        Field<NonNullGraphType<IndicatorReportGraphType>>("indicators")
            .Description("Every indicator's total and the cells of the breakdowns asked for (default: all), in a period: 2026-03, 2026-Q1, 2026 or programme. The secretariat sees all; partner staff their partner's cell.")
            .Argument<NonNullGraphType<StringGraphType>>("period")
            .Argument<ListGraphType<NonNullGraphType<IndicatorDimensionEnumGraphType>>>("breakdown")
            .ResolveAsync(async c =>
            {
                var scope = c.RequireIndicatorScope();
                var period = ReportingPeriod.Parse(c.GetArgument<string>("period"), "period");
                var requested = c.GetArgument<List<IndicatorDimension>?>("breakdown") is { Count: > 0 } asked ? asked : [.. Enum.GetValues<IndicatorDimension>()];
                var report = await new IndicatorReader(c.RequestServices!.GetRequiredService<IGrainFactory>()).ReadAsync(period, scope.Breakdowns(requested));
                return scope.Filter(report);
            });

        Field<NonNullGraphType<PeriodStatusGraphType>>("reportingPeriod")
            .Description("Whether a period is frozen.")
            .Argument<NonNullGraphType<StringGraphType>>("period")
            .ResolveAsync(async c =>
            {
                c.RequireIndicatorScope();
                var period = ReportingPeriod.Parse(c.GetArgument<string>("period"), "period");
                return await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IIndicatorPeriodGrain>(period.Key).GetAsync();
            });
    }
}
