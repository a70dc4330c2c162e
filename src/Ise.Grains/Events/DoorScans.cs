using System.Globalization;
using Ise.Errors;

namespace Ise.Events;

/// <summary>What a door scan must be: an id a device can choose, and a time that has already come.</summary>
public static class DoorScans
{
    public const int MaxIdLength = 64;

    /// <summary>How far a device's clock may run ahead of the silo's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How long before an event's start a scan may have been made (doors open early).</summary>
    public static readonly TimeSpan EarliestBeforeStart = TimeSpan.FromDays(1);

    /// <summary>Refuses a scan dated more than <see cref="EarliestBeforeStart"/> before the event starts.</summary>
    public static void CheckFor(DoorScan scan, DateTimeOffset eventStartsAt)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (scan.ScannedAt < eventStartsAt - EarliestBeforeStart)
        {
            throw IseException.Invalid("scannedAt", string.Create(CultureInfo.InvariantCulture, $"scannedAt {scan.ScannedAt:O} is more than a day before the event starts."));
        }
    }

    /// <summary>The time a check-in by <paramref name="scan"/> is dated: the scan's, or now when the device's clock ran ahead.</summary>
    public static DateTimeOffset TimeOf(DoorScan? scan, DateTimeOffset now) => scan is not null && scan.ScannedAt < now ? scan.ScannedAt : now;

    public static void Check(DoorScan scan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (string.IsNullOrEmpty(scan.Id) || scan.Id.Length > MaxIdLength || !scan.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw IseException.Invalid("scanId", $"scanId is 1 to {MaxIdLength} letters, digits, '-' or '_'.");
        }

        if (scan.ScannedAt > now + ClockSkew)
        {
            throw IseException.Invalid("scannedAt", string.Create(CultureInfo.InvariantCulture,
                $"scannedAt {scan.ScannedAt:O} is in the future (the server's time is {now:O}): check the device's clock."));
        }
    }
}
