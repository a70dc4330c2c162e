using Ise.Budgets;
using Ise.Gateway.GraphQL.Cost;
using Ise.Gateway.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ise.Gateway.Tests.RateLimiting;

/// <summary>
/// Two gateways' budgets (two <see cref="PointBudgets"/>, as two gateway processes hold them) reserving
/// from one caller's budget grain in the embedded silo: blocks, never more than the budget together.
/// </summary>
public sealed class SharedBudgetTests(RateLimitedGatewayFactory factory) : IClassFixture<RateLimitedGatewayFactory>
{
    [Fact]
    public async Task Two_gateways_reserve_blocks_and_together_never_spend_more_than_the_budget()
    {
        factory.StartNextWindow();
        var (first, second) = (Gateway(), Gateway());
        var caller = new RateLimitedCaller(CallerKind.ApiKey, "shared-" + Guid.NewGuid().ToString("N"), "a shared test key");
        var block = RateLimitedGatewayFactory.PointsPerKey / new RateLimitOptions().BlocksPerWindow;

        var firstCharge = await first.SpendAsync(caller, 1);
        var secondCharge = await second.SpendAsync(caller, 1);
        var spent = 2L;
        for (var spentThisRound = 2; spentThisRound > 0; spent += spentThisRound)
        {
            spentThisRound = ((await first.SpendAsync(caller, 1)).IsSpent ? 1 : 0) + ((await second.SpendAsync(caller, 1)).IsSpent ? 1 : 0);
        }

        var refused = await second.SpendAsync(caller, 1);

        Assert.Equal(RateLimitedGatewayFactory.PointsPerKey - 1, firstCharge.Remaining);
        Assert.Equal(RateLimitedGatewayFactory.PointsPerKey - block - 1, secondCharge.Remaining);
        Assert.Equal(RateLimitedGatewayFactory.PointsPerKey, spent);
        Assert.Equal(BudgetVerdict.OverBudget, refused.Verdict);
        Assert.Equal(0, refused.Remaining);
    }

    private PointBudgets Gateway() => new(
        factory.Services.GetRequiredService<IGrainFactory>(),
        factory.Services.GetRequiredService<RateLimitOptions>(),
        factory.Services.GetRequiredService<BudgetClock>(),
        NullLogger<PointBudgets>.Instance);
}
