using System.Collections.Concurrent;
using Ise.Errors;

namespace Ise.Programme;

/// <summary>
/// Local time in a programme region (UK: Europe/London; FR/BE/NL: Europe/Brussels). Engagement
/// dates are local dates of the region the engagement happened in, and times are shown local too.
/// </summary>
public static class ProgrammeTime
{
    private static readonly ConcurrentDictionary<Region, TimeZoneInfo> s_zones = new();

    public static TimeZoneInfo ZoneOf(Region region) =>
        s_zones.GetOrAdd(region, r => TimeZoneInfo.FindSystemTimeZoneById(ProgrammeCatalog.Describe(r).TimeZoneId));

    public static DateTime ToLocal(DateTimeOffset instant, Region region) =>
        TimeZoneInfo.ConvertTime(instant, ZoneOf(region)).DateTime;

    /// <summary>The instant a local wall-clock time of the region denotes; refuses times skipped by a clock change.</summary>
    public static DateTimeOffset FromLocal(DateTime local, Region region, string field)
    {
        var zone = ZoneOf(region);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            throw IseException.Invalid(field, $"{local:yyyy-MM-dd HH:mm} does not exist in {zone.Id} (the clocks go forward then).");
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    public static string ClockTime(DateTimeOffset instant, Region region) =>
        ToLocal(instant, region).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
