using System.Globalization;
using Ise.Errors;
using Ise.Programme;

namespace Ise.Events;

/// <summary>
/// When an event is past, so that it is loaded as history rather than run: its last day (the local date of its
/// end, in its region's time zone) is before the region's today. An event that ends today is not past (it may be
/// started any time that day, even after its end time, as a door list is often run late); one that ended
/// yesterday is. A past event is never started: it is loaded closed, as held, by the history import, and its
/// attendance recorded after it (the attendance import, <c>recordRetroactiveAttendance</c>).
/// </summary>
public static class PastEvents
{
    /// <summary>The field a refusal about an event's days names: its end, which decides whether it is past.</summary>
    public const string Field = "endsAt";

    /// <summary>The event's last day: the local date of its end.</summary>
    public static DateOnly LastDay(CreateEvent definition) => DateOnly.FromDateTime(definition.EndsAtLocal);

    public static bool IsPast(CreateEvent definition, DateTimeOffset now) => LastDay(definition) < EngagementDates.LocalDate(now, definition.Region);

    /// <summary>The refusal (CONFLICT, naming <see cref="Field"/>) of starting a past event, pointing to the history import and retroactive attendance.</summary>
    public static IseException StartRefused(string eventId, CreateEvent definition, DateTimeOffset now) => IseException.Conflict(
        Text($"Event {eventId} ended on {LastDay(definition):yyyy-MM-dd}, before today ({Today(definition, now)}): a past event is not started. ")
        + "Record it as held (recordEventHeld), then its attendance with recordRetroactiveAttendance or the attendance import (POST /api/imports/events/{eventId}/attendance); "
        + "past events not created yet are loaded as held by the history import (POST /api/imports/history/events).",
        Field);

    /// <summary>The refusal (CONFLICT, naming <see cref="Field"/>) of recording as held an event that is not past.</summary>
    public static IseException NotPast(string eventId, CreateEvent definition, DateTimeOffset now) => IseException.Conflict(
        Text($"Event {eventId} ends on {LastDay(definition):yyyy-MM-dd}, not before today ({Today(definition, now)}): only a past event is recorded as held; start it and close it instead."),
        Field);

    private static string Today(CreateEvent definition, DateTimeOffset now) =>
        Text($"{EngagementDates.LocalDate(now, definition.Region):yyyy-MM-dd} in {ProgrammeCatalog.Describe(definition.Region).Name}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
