using Ise.Budgets;

namespace Ise.Grains.Tests.Budgets;

[Collection(ClusterCollection.Name)]
public sealed class CallerBudgetGrainTests(ClusterFixture fixture)
{
    private static readonly BudgetReservation Block = new(30, 100, TimeSpan.FromHours(1));

    private ICallerBudgetGrain NewBudget() => fixture.Client.GetGrain<ICallerBudgetGrain>(IseKeys.CallerBudget("key", "test-" + Guid.NewGuid().ToString("N")));

    [Fact]
    public async Task Reservations_from_several_gateways_share_one_budget_and_other_callers_have_their_own()
    {
        var budget = NewBudget();
        var other = NewBudget();

        var granted = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => budget.ReserveAsync(Block)));
        var otherBlock = await other.ReserveAsync(Block);

        Assert.Equal(new long[] { 0, 10, 30, 30, 30 }, granted.Select(b => b.Granted).Order());
        Assert.Equal(0, granted.Min(b => b.Unreserved));
        Assert.Single(granted.Select(b => b.ResetAt).Distinct());
        Assert.Equal((30, 70), (otherBlock.Granted, otherBlock.Unreserved));
    }
}
