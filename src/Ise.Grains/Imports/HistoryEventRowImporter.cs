using System.Globalization;
using Ise.Errors;
using Ise.Events;
using Ise.Programme;

namespace Ise.Imports;

/// <summary>
/// A row of the history import: one past event, read into the same <see cref="CreateEvent"/> the API takes and
/// checked by the same <see cref="CreateEventValidator"/>, then created and recorded as held by the event grain.
/// Its id derives from its host partner and its <c>reference</c> (<see cref="EventIds.FromReference"/>), so a re-run
/// finds the event loaded before and reports it unchanged. A date of today or later, or before the programme
/// started, is refused before anything is created: today's and future events are run live.
/// </summary>
internal sealed class HistoryEventRowImporter(IGrainFactory grains, string? actingPartnerId, DateTimeOffset now, DateOnly programmeStartsOn) : IRowImporter
{
    public const int MaxReferenceLength = 100;

    private static readonly ImportLayout s_layout = ImportLayout.HistoryEvents;
    private static readonly CreateEventValidator s_validator = new();
    private static readonly char[] s_sectorSeparators = [';', '|', ',', '/', '+'];

    /// <summary>Each row creates its own event (a second row with its reference is marked a duplicate before anything runs).</summary>
    public bool RowsAreIndependent => true;

    public string? Key(ImportRow row) => Read(row, out var read, out _) ? read.EventId : null;

    public async Task<ImportRowResult> ApplyAsync(ImportRow row)
    {
        if (!Read(row, out var read, out var error))
        {
            return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, null, error);
        }

        var (eventId, definition) = read;
        var held = DateOnly.FromDateTime(definition.StartsAtLocal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var @event = grains.GetGrain<IEventGrain>(eventId);
        try
        {
            EventView created;
            try
            {
                created = await @event.CreateAsync(definition);
            }
            catch (IseException existing) when (existing is { Code: IseErrorCode.Conflict, Field: "eventId" })
            {
                return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, eventId,
                    $"reference: {ReportText.Quote(Value(row, "reference"))} of {definition.HostPartnerId} was loaded before with another title, kind, region, time or capacity (event {eventId}); give this event a reference of its own");
            }

            if (created.Status == EventStatus.Closed)
            {
                return new ImportRowResult(row.Line, ImportRowOutcome.Unchanged, eventId, $"already loaded: held on {held}");
            }

            await @event.RecordHeldAsync();
            return new ImportRowResult(row.Line, ImportRowOutcome.Accepted, eventId, $"recorded as held on {held}, hosted by {definition.HostPartnerId}");
        }
        catch (IseException refusal) when (refusal.Code != IseErrorCode.Unavailable)
        {
            return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, eventId, $"{Column(refusal.Field)}: {refusal.Message}");
        }
    }

    /// <summary>Reads a row into an event's id and definition; on failure <paramref name="error"/> names each column and what is wrong.</summary>
    public bool Read(ImportRow row, out (string EventId, CreateEvent Definition) read, out string error)
    {
        read = default;
        var problems = new List<string>();
        var reference = Value(row, "reference");
        if (reference.Length is 0 or > MaxReferenceLength)
        {
            problems.Add(reference.Length == 0
                ? "reference is required: the event's reference in your own records, by which a second run of the file finds it"
                : $"reference: {ReportText.Quote(reference)} is longer than {MaxReferenceLength} characters");
        }

        var kindText = Value(row, "kind");
        if (!ProgrammeNames.TryEventKind(kindText, out var kind))
        {
            problems.Add($"kind: {ReportText.Quote(kindText)} is not an event kind (taster session, sector workshop, cross-border event, major innovation event)");
        }

        var host = ImportValues.Partner(Value(row, "host_partner"), "host_partner", actingPartnerId, "host partner", "load events", problems);
        var region = ImportValues.Region(Value(row, "region"), "region", problems);
        var sectors = Value(row, "sectors").Split(s_sectorSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => ImportValues.Sector(s, "sectors", problems)).Distinct().ToList();
        var day = ImportValues.Date(Value(row, "date"), "date", problems);
        var start = ImportValues.Time(Value(row, "start"), "start", problems);
        var end = ImportValues.Time(Value(row, "end"), "end", problems);
        var capacityText = Value(row, "capacity");
        if (!int.TryParse(capacityText.Replace(" ", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var capacity))
        {
            problems.Add($"capacity: {ReportText.Quote(capacityText)} is not a whole number");
        }

        if (problems.Count == 0)
        {
            var definition = new CreateEvent(Value(row, "title"), kind, host, region, sectors, day.ToDateTime(start), day.ToDateTime(end), Value(row, "venue"), capacity, 0);
            problems.AddRange(s_validator.Validate(definition).Errors.Select(e => $"{Column(e.PropertyName)}: {e.ErrorMessage}").Distinct());
            CheckPast(definition, problems);
            read = (EventIds.FromReference(host, reference), definition);
        }

        error = string.Join("; ", problems);
        return problems.Count == 0;
    }

    /// <summary>Only past events are history: a day of today or later is run live, a day before the programme is not the programme's.</summary>
    private void CheckPast(CreateEvent definition, List<string> problems)
    {
        var day = DateOnly.FromDateTime(definition.StartsAtLocal);
        if (!PastEvents.IsPast(definition, now))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"date: {day:yyyy-MM-dd} is not past (today is {EngagementDates.LocalDate(now, definition.Region):yyyy-MM-dd} in {ProgrammeCatalog.Describe(definition.Region).Name}): the history import loads past events; create today's and future events with createEvent"));
        }
        else if (day < programmeStartsOn)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"date: {day:yyyy-MM-dd} is before the programme started ({programmeStartsOn:yyyy-MM-dd})"));
        }
    }

    /// <summary>The column of the file that holds what a refusal names (a property of <see cref="CreateEvent"/> or a field of the API).</summary>
    private static string Column(string? field) => field switch
    {
        nameof(CreateEvent.Title) or "title" => "title",
        nameof(CreateEvent.Kind) or "kind" => "kind",
        nameof(CreateEvent.HostPartnerId) or "hostPartnerId" => "host_partner",
        nameof(CreateEvent.Region) or "region" => "region",
        nameof(CreateEvent.StartsAtLocal) or "startsAt" => "start",
        nameof(CreateEvent.EndsAtLocal) or "endsAt" => "end",
        nameof(CreateEvent.Venue) or "venue" => "venue",
        nameof(CreateEvent.Capacity) or nameof(CreateEvent.WaitingListLimit) or "capacity" => "capacity",
        { } sectors when sectors.StartsWith(nameof(CreateEvent.Sectors), StringComparison.Ordinal) || sectors.StartsWith("sectors", StringComparison.Ordinal) => "sectors",
        _ => "reference", // the event the row's reference names (its id, its state)
    };

    private static string Value(ImportRow row, string column) => row.Values[s_layout.IndexOf(column)].Trim();
}
