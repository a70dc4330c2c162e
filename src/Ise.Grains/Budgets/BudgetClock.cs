namespace Ise.Budgets;

/// <summary>
/// The clock budget windows are read from, by the budget grains and the gateways alike: the host's
/// <see cref="TimeProvider"/>. A service of its own so that a test can move the budgets' windows without
/// moving the clock Orleans' membership runs on (a silo whose clock jumps an hour declares itself dead).
/// </summary>
public sealed class BudgetClock(TimeProvider time)
{
    public DateTimeOffset GetUtcNow() => time.GetUtcNow();
}
