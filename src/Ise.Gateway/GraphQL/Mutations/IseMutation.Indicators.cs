using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types;
using Ise.Indicators;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Mutations;

public sealed partial class IseMutation
{
    private void IndicatorMutations()
    {
        Field<NonNullGraphType<PeriodStatusGraphType>>("freezePeriod")
            .Description("Freezes an ended month, quarter or year (secretariat): its figures never change; later corrections are adjustments in the current period.")
            .Argument<NonNullGraphType<StringGraphType>>("period")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat);
                var period = ReportingPeriod.Parse(c.GetArgument<string>("period"), "period");
                return await Grains(c).GetGrain<IIndicatorPeriodGrain>(period.Key).FreezeAsync(caller.Name);
            });
    }
}
