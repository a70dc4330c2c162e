using Ise.Errors;

namespace Ise.Budgets;

/// <summary>
/// The points of one caller handed out in the current window. Windows are fixed and aligned to the Unix
/// epoch (a 60 s window starts on every full minute), so every gateway and the grain agree where one
/// starts and ends without asking each other. A new window starts with nothing handed out: blocks of
/// the old one are void, so nothing has to be returned.
/// </summary>
public sealed class PointWindow
{
    private DateTimeOffset _start = DateTimeOffset.MinValue;
    private long _handedOut;

    /// <summary>Hands out what is asked, or what the window has left when that is less.</summary>
    public BudgetBlock Reserve(BudgetReservation reservation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        if (reservation.Points < 0 || reservation.PointsPerWindow < 0)
        {
            throw IseException.Invalid("points", "Points and points per window cannot be negative.");
        }

        if (reservation.Window < TimeSpan.FromSeconds(1))
        {
            throw IseException.Invalid("window", "A budget window lasts at least one second.");
        }

        var start = StartOf(now, reservation.Window);
        if (start != _start)
        {
            _start = start;
            _handedOut = 0;
        }

        var left = Math.Max(0, reservation.PointsPerWindow - _handedOut);
        var granted = Math.Min(reservation.Points, left);
        _handedOut += granted;
        return new BudgetBlock(granted, left - granted, start + reservation.Window);
    }

    /// <summary>The start of the window that holds <paramref name="now"/>.</summary>
    public static DateTimeOffset StartOf(DateTimeOffset now, TimeSpan window) =>
        new(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
}
