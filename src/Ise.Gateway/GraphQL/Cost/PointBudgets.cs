using System.Collections.Concurrent;
using Ise.Budgets;
using Ise.Errors;
using Ise.Gateway.Security;

namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// Charges GraphQL requests against their caller's budget of points per window, which holds across
/// gateways without a grain call per request: this gateway reserves a block of the caller's points from
/// the caller's <see cref="ICallerBudgetGrain"/> (a tenth of the budget by default, more when one request
/// costs more), spends it locally, and reserves again when it runs out. A block is void when its window
/// ends, so a gateway never returns anything: the next window starts full. The price of this is that
/// points one gateway holds cannot be spent through another in the same window; a caller spread over N
/// gateways may be refused up to N − 1 blocks early, never served beyond its budget.
/// </summary>
public sealed partial class PointBudgets(IGrainFactory grains, RateLimitOptions options, BudgetClock clock, ILogger<PointBudgets> logger)
{
    private readonly ConcurrentDictionary<string, HeldPoints> _held = new(StringComparer.Ordinal);
    private readonly Lock _sweepLock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// A refusal when this gateway already knows the caller has nothing left in the current window (what the
    /// grain has left only falls within a window), so a caller past its budget is turned away before its
    /// request is read or parsed, without a grain call; null when the request has to be priced first.
    /// Reads without the caller's gate: a stale read only sends the request the long way.
    /// </summary>
    public BudgetCharge? Spent(RateLimitedCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return _held.TryGetValue(caller.BudgetKey, out var held) && clock.GetUtcNow() < held.ResetAt && held.Remaining == 0
            ? new BudgetCharge(BudgetVerdict.OverBudget, 0, held.ResetAt)
            : null;
    }

    /// <summary>Spends <paramref name="points"/> of the caller's budget, or refuses and spends nothing.</summary>
    public async Task<BudgetCharge> SpendAsync(RateLimitedCaller caller, long points)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        var perWindow = caller.PointsPerWindow(options);
        var now = clock.GetUtcNow();
        ForgetEndedWindows(now);
        var held = _held.GetOrAdd(caller.BudgetKey, _ => new HeldPoints());
        await held.Gate.WaitAsync();
        try
        {
            if (now >= held.ResetAt)
            {
                held.Points = 0;
                held.Unreserved = perWindow;
                held.ResetAt = Ise.Budgets.PointWindow.StartOf(now, options.Window) + options.Window;
            }

            if (points > perWindow)
            {
                return new BudgetCharge(BudgetVerdict.BeyondWindow, held.Remaining, held.ResetAt);
            }

            if (held.Points < points && !await TryReserveAsync(caller, held, points, perWindow))
            {
                return new BudgetCharge(BudgetVerdict.Unavailable, 0, now);
            }

            if (held.Points < points)
            {
                return new BudgetCharge(BudgetVerdict.OverBudget, held.Remaining, held.ResetAt);
            }

            held.Points -= points;
            return new BudgetCharge(BudgetVerdict.Spent, held.Remaining, held.ResetAt);
        }
        finally
        {
            held.Gate.Release();
        }
    }

    /// <summary>
    /// Reserves what the request lacks, or a block when that is more. A block from a later window than the
    /// one held (the grain's clock is ahead) replaces what is held: those points are void.
    /// </summary>
    private async Task<bool> TryReserveAsync(RateLimitedCaller caller, HeldPoints held, long points, long perWindow)
    {
        var block = Math.Max(1, perWindow / options.BlocksPerWindow);
        BudgetBlock reserved;
        try
        {
            reserved = await grains.GetGrain<ICallerBudgetGrain>(caller.BudgetKey)
                .ReserveAsync(new BudgetReservation(Math.Max(points - held.Points, block), perWindow, options.Window));
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or IseException { Code: IseErrorCode.Unavailable })
        {
            LogBudgetUnavailable(logger, caller.BudgetKey, ex);
            return false;
        }

        held.Points = reserved.ResetAt == held.ResetAt ? held.Points + reserved.Granted : reserved.Granted;
        held.Unreserved = reserved.Unreserved;
        held.ResetAt = reserved.ResetAt;
        return true;
    }

    /// <summary>
    /// Once a window, drops the callers whose window has ended (what they held is void), so the table holds
    /// the callers of about one window. A request racing the sweep may spend from an entry just dropped:
    /// its caller then reserves afresh, which can only waste points, never add any.
    /// </summary>
    private void ForgetEndedWindows(DateTimeOffset now)
    {
        lock (_sweepLock)
        {
            if (now < _nextSweep)
            {
                return;
            }

            _nextSweep = now + options.Window;
        }

        foreach (var (key, held) in _held)
        {
            if (held.ResetAt <= now)
            {
                _held.TryRemove(new KeyValuePair<string, HeldPoints>(key, held));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The points budget {Budget} could not be reached; the request is refused as unavailable.")]
    private static partial void LogBudgetUnavailable(ILogger logger, string budget, Exception exception);
}
