namespace Ise.Budgets;

/// <summary>
/// A caller's budget of points (<see cref="ICallerBudgetGrain"/>). Held in memory only: a budget lives
/// for a window (a minute by default), so writing it to storage on every reservation would cost more than
/// it protects. If the grain is lost (a silo fails) its caller's current window starts again from full
/// on the new activation: at most one window's worth more, once, for the callers of that silo.
/// </summary>
public sealed class CallerBudgetGrain(BudgetClock clock) : Grain, ICallerBudgetGrain
{
    private readonly PointWindow _window = new();

    public Task<BudgetBlock> ReserveAsync(BudgetReservation reservation) =>
        Task.FromResult(_window.Reserve(reservation, clock.GetUtcNow()));
}
