namespace Ise.Budgets;

/// <summary>
/// One caller's budget of points per window (key: <see cref="IseKeys.CallerBudget"/>), shared by every
/// gateway. A gateway does not call it per request: it reserves a block of points, spends the block
/// locally and comes back when the block is used up. A block is good until the end of its window, so
/// what a gateway did not spend returns to the caller by itself when the next window starts.
/// </summary>
public interface ICallerBudgetGrain : IGrainWithStringKey
{
    /// <summary>Hands out up to <see cref="BudgetReservation.Points"/> of what the current window has left (possibly nothing).</summary>
    Task<BudgetBlock> ReserveAsync(BudgetReservation reservation);
}
