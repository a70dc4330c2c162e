using System.Globalization;
using Ise.Errors;

namespace Ise.Programme;

/// <summary>
/// When an engagement happened (DESIGN.md, Dates): a local date of the region it happened in, given by
/// the caller as <c>occurredOn</c> when it is recorded after the day, or the event's own date for an
/// attendance. A date is refused when it is in the future (the region's today) or before the programme
/// started; it may be before the SME was registered (a programme back-filled from before the platform
/// registers its SMEs today for engagements made years ago).
/// </summary>
public static class EngagementDates
{
    public const string Field = "occurredOn";

    private static readonly TimeOnly s_noon = new(12, 0);

    public static DateOnly LocalDate(DateTimeOffset instant, Region region) => DateOnly.FromDateTime(ProgrammeTime.ToLocal(instant, region));

    /// <summary>Refuses (VALIDATION naming <paramref name="field"/>) a day after the region's today or before the programme's start.</summary>
    public static void Check(DateOnly occurredOn, DateTimeOffset now, Region region, DateOnly programmeStartsOn, string field = Field)
    {
        var today = LocalDate(now, region);
        if (occurredOn > today)
        {
            throw IseException.Invalid(field, Text($"{field} {occurredOn:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} in {ProgrammeCatalog.Describe(region).Name})."));
        }

        if (occurredOn < programmeStartsOn)
        {
            throw IseException.Invalid(field, Text($"{field} {occurredOn:yyyy-MM-dd} is before the programme started ({programmeStartsOn:yyyy-MM-dd})."));
        }
    }

    /// <summary>
    /// The moment an engagement recorded <paramref name="now"/> happened: now when it happened today (or no
    /// day was given), noon local time of <paramref name="occurredOn"/> otherwise. Checks the day first.
    /// </summary>
    public static DateTimeOffset HappenedAt(DateOnly? occurredOn, DateTimeOffset now, Region region, DateOnly programmeStartsOn)
    {
        if (occurredOn is not { } day)
        {
            return now;
        }

        Check(day, now, region, programmeStartsOn);
        return day == LocalDate(now, region) ? now : At(day, s_noon, region);
    }

    /// <summary>The instant of a local wall-clock time of the region (a time skipped by a clock change moves an hour on).</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, Region region)
    {
        var local = day.ToDateTime(time);
        var zone = ProgrammeTime.ZoneOf(region);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return ProgrammeTime.FromLocal(local, region, Field);
    }

    /// <summary>
    /// The moment an attendance is dated at: the moment it was made when that is on the event's local date,
    /// the event's start otherwise (a check-in made on another day, such as at a past event loaded today).
    /// </summary>
    public static DateTimeOffset OnEventDay(DateTimeOffset moment, DateTimeOffset eventStartsAt, Region region) =>
        LocalDate(moment, region) == LocalDate(eventStartsAt, region) ? moment : eventStartsAt;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
