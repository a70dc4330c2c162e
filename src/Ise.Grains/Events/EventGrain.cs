using System.Globalization;
using Ise.Errors;
using Ise.Hosting;
using Ise.Indexes;
using Ise.Journal;
using Ise.Programme;
using Ise.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ise.Events;

/// <summary>
/// One event, journaled: its definition and life cycle, seat accounting and waiting list. Registration changes
/// go down to the attendance buckets (awaited, one at a time: this grain is non-reentrant, so seat
/// decisions never race), then the seat accounting they change is one row of the event's stream; check-ins
/// bypass it. A move of its life cycle is one row, which announces it to its clusters, counts it as held and
/// moves it between lists. On activation it reconciles its seat count and waiting list with the buckets' own
/// tallies, so a crash between a bucket's write and this grain's leaves nothing miscounted.
/// </summary>
public sealed class EventGrain(TimeProvider time, IOptions<ProgrammeOptions> programme, ILogger<EventGrain> logger)
    : JournaledIseGrain<EventJournalState, IEventChange>, IEventGrain, IRemindable
{
    private const int MaxImport = 10_000;
    private static readonly CreateEventValidator s_validator = new();

    private string Id => this.GetPrimaryKeyString();

    /// <summary>The journal stream of the event with this id.</summary>
    public static string Stream(string eventId) => $"event/{eventId}";

    protected override string StreamName => Stream(Id);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (!IsPoisoned && State.Definition is not null && State.UsedBuckets.Count > 0)
        {
            await ReconcileAsync();
        }
    }

    /// <summary>A reminder of the outbox this event had before the journal: dropped.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => this.DropReminderAsync(reminderName);

    protected override void TransitionState(EventJournalState state, IEventChange change) => state.Apply(change);

    public async Task<EventView> CreateAsync(CreateEvent definition)
    {
        if (!EventIds.IsWellFormed(Id))
        {
            throw IseException.Invalid("eventId", $"'{Id}' is not an event id.");
        }

        s_validator.ValidateOrThrow(definition);
        var startsAt = ProgrammeTime.FromLocal(definition.StartsAtLocal, definition.Region, "startsAt");
        var endsAt = ProgrammeTime.FromLocal(definition.EndsAtLocal, definition.Region, "endsAt");
        if (State.Definition is { } existing)
        {
            return Same(existing, definition)
                ? View()
                : throw IseException.Conflict($"Event {Id} already exists with another definition.", "eventId");
        }

        var waitingListLimit = definition.WaitingListLimit ?? definition.Capacity;
        var stored = definition with { Title = definition.Title.Trim(), Venue = definition.Venue.Trim(), WaitingListLimit = waitingListLimit };
        var bucketCount = Math.Max(1, (int)Math.Ceiling((definition.Capacity + waitingListLimit) / (double)IseKeys.RegistrationsPerBucket));
        var lists = IndexListChanges.Between(Id, [], EventIndexes.Of(stored, EventStatus.Draft), State.VersionBase);
        await RaiseAndConfirmAsync(new EventCreated(Guid.NewGuid(), time.GetUtcNow(), stored, startsAt, endsAt, bucketCount, lists));
        return View();
    }

    public Task<EventView> GetAsync() => Task.FromResult(View());

    public Task<EventView> PublishAsync() => MoveAsync(EventStatus.Open, EventStatus.Draft);

    public Task<EventView> StartAsync()
    {
        var definition = RequireDefinition();
        var now = time.GetUtcNow();
        return State.Status == EventStatus.Open && PastEvents.IsPast(definition, now)
            ? throw PastEvents.StartRefused(Id, definition, now)
            : MoveAsync(EventStatus.Live, EventStatus.Open);
    }

    public async Task<EventView> CloseAsync()
    {
        RequireDefinition();
        if (State.Status == EventStatus.Closed)
        {
            return View();
        }

        if (State.Status != EventStatus.Live)
        {
            throw IseException.Conflict($"Event {Id} is {Slug(State.Status)}; only a live event is closed.", "eventId");
        }

        return await MoveToClosedAsync();
    }

    public async Task<EventView> RecordHeldAsync()
    {
        var definition = RequireDefinition();
        if (State.Status == EventStatus.Closed)
        {
            return View();
        }

        if (State.Status == EventStatus.Live)
        {
            throw IseException.Conflict($"Event {Id} is live; close it (closeEvent) rather than record it as held.", "eventId");
        }

        var now = time.GetUtcNow();
        if (!PastEvents.IsPast(definition, now))
        {
            throw PastEvents.NotPast(Id, definition, now);
        }

        EngagementDates.Check(DateOnly.FromDateTime(definition.StartsAtLocal), now, definition.Region, programme.Value.StartsOn, "startsAt");
        return await MoveToClosedAsync();
    }

    /// <summary>Closes the event: its registered attendees who did not come become no-shows, and it counts as held.</summary>
    private async Task<EventView> MoveToClosedAsync()
    {
        var snapshot = BucketView(EventStatus.Closed);
        var noShows = 0;
        foreach (var bucket in State.UsedBuckets)
        {
            noShows += await Bucket(bucket).CloseAsync(snapshot);
        }

        await RaiseAndConfirmAsync(StatusChange(RequireDefinition(), EventStatus.Closed, State.SeatsTaken - noShows));
        return View();
    }

    public async Task<RegistrationOutcome> RegisterAsync(Attendee attendee, string? idempotencyKey)
    {
        var definition = RequireDefinition();
        Validate(attendee);
        if (idempotencyKey is { Length: 0 or > 100 })
        {
            throw IseException.Invalid("idempotencyKey", "idempotencyKey must be 1 to 100 characters.");
        }

        if (State.Status is not (EventStatus.Open or EventStatus.Live))
        {
            throw IseException.Conflict($"Registration for event {Id} is not open (the event is {Slug(State.Status)}).", "eventId");
        }

        var bucketNumber = StableHash.Bucket(attendee.SmeId, State.BucketCount);
        var bucket = Bucket(bucketNumber);
        if (await bucket.FindAsync(attendee.SmeId, attendee.ContactId, idempotencyKey) is { } existing)
        {
            return new RegistrationOutcome(existing, Created: false);
        }

        AttendanceStatus status;
        if (State.SeatsTaken < definition.Capacity)
        {
            status = AttendanceStatus.Registered;
        }
        else if (State.WaitingList.Count < State.WaitingListLimit)
        {
            status = AttendanceStatus.WaitListed;
        }
        else
        {
            throw IseException.Conflict($"Event {Id} is full ({definition.Capacity} seats) and its waiting list is full ({State.WaitingListLimit}).", "eventId");
        }

        var code = AttendeeCode.New(Id, bucketNumber).ToString();
        var registration = new Registration(code, Id, attendee, status, time.GetUtcNow(), null, WalkIn: false, Retroactive: false, null);
        var stored = await bucket.AddAsync(BucketView(), registration, idempotencyKey);
        await RaiseAndConfirmAsync(status == AttendanceStatus.Registered
            ? SeatsChanged(1, [], [], [bucketNumber])
            : SeatsChanged(0, [code], [], [bucketNumber]));
        return new RegistrationOutcome(stored, Created: true);
    }

    public async Task<IReadOnlyList<RegistrationOutcome>> RegisterManyAsync(IReadOnlyList<Attendee> attendees)
    {
        var definition = RequireDefinition();
        if (attendees.Count is 0 or > MaxImport)
        {
            throw IseException.Invalid("attendees", $"Give 1 to {MaxImport} attendees.");
        }

        for (var i = 0; i < attendees.Count; i++)
        {
            Validate(attendees[i], $"attendees[{i}].");
        }

        if (State.Status is not (EventStatus.Open or EventStatus.Live))
        {
            throw IseException.Conflict($"Registration for event {Id} is not open (the event is {Slug(State.Status)}).", "eventId");
        }

        var byBucket = attendees.Select(a => StableHash.Bucket(a.SmeId, State.BucketCount)).Distinct().ToList();
        var existing = (await Task.WhenAll(byBucket.Select(b => Bucket(b).ListAsync(null))))
            .SelectMany(r => r)
            .Where(r => r.Status != AttendanceStatus.Cancelled)
            .ToDictionary(r => (r.Attendee.SmeId, r.Attendee.ContactId));
        var outcomes = new List<RegistrationOutcome>(attendees.Count);
        var added = new List<Registration>();
        var seats = State.SeatsTaken;
        var waiting = State.WaitingList.Count;
        var now = time.GetUtcNow();
        foreach (var attendee in attendees)
        {
            if (existing.TryGetValue((attendee.SmeId, attendee.ContactId), out var already))
            {
                outcomes.Add(new RegistrationOutcome(already, Created: false));
                continue;
            }

            AttendanceStatus status;
            if (seats < definition.Capacity)
            {
                status = AttendanceStatus.Registered;
                seats++;
            }
            else if (waiting < State.WaitingListLimit)
            {
                status = AttendanceStatus.WaitListed;
                waiting++;
            }
            else
            {
                throw IseException.Conflict(
                    $"Event {Id} has room for {definition.Capacity - State.SeatsTaken} more and {State.WaitingListLimit - State.WaitingList.Count} on its waiting list; the list holds more new attendees. Nothing was registered.",
                    "attendees");
            }

            var bucket = StableHash.Bucket(attendee.SmeId, State.BucketCount);
            var registration = new Registration(AttendeeCode.New(Id, bucket).ToString(), Id, attendee, status, now, null, false, false, null);
            existing[(attendee.SmeId, attendee.ContactId)] = registration;
            added.Add(registration);
            outcomes.Add(new RegistrationOutcome(registration, Created: true));
        }

        var snapshot = BucketView();
        await Task.WhenAll(added.GroupBy(r => AttendeeCode.Parse(r.Code).Bucket).Select(g => Bucket(g.Key).AddManyAsync(snapshot, [.. g])));
        if (added.Count > 0)
        {
            await RaiseAndConfirmAsync(SeatsChanged(seats - State.SeatsTaken, [.. added.Where(r => r.Status == AttendanceStatus.WaitListed).Select(r => r.Code)], [],
                [.. added.Select(r => AttendeeCode.Parse(r.Code).Bucket).Distinct().Order()]));
        }

        return outcomes;
    }

    public async Task<Registration> CancelRegistrationAsync(string code)
    {
        RequireDefinition();
        var parsed = ParseOwnCode(code);
        var cancelled = await Bucket(parsed.Bucket).CancelAsync(code);
        await RaiseAndConfirmAsync(State.WaitingList.Contains(code)
            ? SeatsChanged(0, [], [code], [])
            : await PromotedFromWaitingListAsync());
        return cancelled;
    }

    public Task<CheckInResult> WalkInAsync(Attendee attendee) => WalkInAsync(attendee, null, null);

    public Task<CheckInResult> WalkInScanAsync(Attendee attendee, DoorScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        DoorScans.Check(scan, time.GetUtcNow());
        return WalkInAsync(attendee, scan, null);
    }

    public Task<CheckInResult> WalkInOnAsync(Attendee attendee, DateOnly occurredOn, string recordedBy)
    {
        ArgumentException.ThrowIfNullOrEmpty(recordedBy);
        return WalkInAsync(attendee, null, (occurredOn, recordedBy));
    }

    private async Task<CheckInResult> WalkInAsync(Attendee attendee, DoorScan? scan, (DateOnly Day, string RecordedBy)? after)
    {
        var definition = RequireDefinition();
        Validate(attendee);
        var closedAfter = after is not null && State.Status == EventStatus.Closed;
        if (State.Status != EventStatus.Live && !closedAfter)
        {
            throw IseException.Conflict(after is null
                ? $"Event {Id} is not live (it is {Slug(State.Status)}); walk-ins are checked in only while it is live."
                : $"Event {Id} is {Slug(State.Status)}; walk-ins are entered while it is live or once it is closed.", "eventId");
        }

        var happenedAt = after is { } given ? OnEventDate(given.Day) : (DateTimeOffset?)null;
        var bucketNumber = StableHash.Bucket(attendee.SmeId, State.BucketCount);
        var bucket = Bucket(bucketNumber);
        if (await bucket.FindAsync(attendee.SmeId, attendee.ContactId, null) is { } existing)
        {
            if (closedAfter)
            {
                return await CheckInAfterAsync(bucket, existing.Code, happenedAt!.Value, after!.Value.RecordedBy);
            }

            return scan is null ? await bucket.CheckInAsync(existing.Code) : await bucket.CheckInScanAsync(existing.Code, scan);
        }

        if (State.SeatsTaken >= definition.Capacity)
        {
            throw IseException.Conflict($"Event {Id} is full ({definition.Capacity} seats); no room for a walk-in.", "eventId");
        }

        var now = time.GetUtcNow();
        if (scan is not null)
        {
            DoorScans.CheckFor(scan, BucketView().StartsAt);
        }

        var at = happenedAt ?? DoorScans.TimeOf(scan, now);
        var code = AttendeeCode.New(Id, bucketNumber).ToString();
        var registration = new Registration(code, Id, attendee, AttendanceStatus.CheckedIn, at, at, WalkIn: true, Retroactive: closedAfter, null, CheckInScanId: scan?.Id);
        var stored = await bucket.AddAsync(BucketView(), registration, null, after?.RecordedBy);
        await RaiseAndConfirmAsync(SeatsChanged(1, [], [], [bucketNumber]));
        var clock = ProgrammeTime.ClockTime(at, definition.Region);
        return new CheckInResult(CheckInOutcome.CheckedIn, stored, clock, $"Walk-in registered and checked in at {clock}.");
    }

    public async Task<RetroactiveAttendanceReport> RecordRetroactiveAttendanceAsync(IReadOnlyList<string> codes, DateOnly? occurredOn = null, string? recordedBy = null)
    {
        RequireDefinition();
        if (codes.Count is 0 or > 10_000)
        {
            throw IseException.Invalid("codes", "Give 1 to 10,000 attendee codes.");
        }

        if (State.Status != EventStatus.Closed)
        {
            throw IseException.Conflict($"Event {Id} is {Slug(State.Status)}; attendance is recorded retroactively once it is closed.", "eventId");
        }

        var happenedAt = occurredOn is { } day ? OnEventDate(day) : (DateTimeOffset?)null;

        List<string> recorded = [], already = [];
        List<RefusedCode> refused = [];
        var valid = new List<AttendeeCode>();
        foreach (var text in codes)
        {
            if (AttendeeCode.TryParse(text, out var parsed) && parsed.EventId == Id && parsed.Bucket < State.BucketCount)
            {
                valid.Add(parsed);
            }
            else
            {
                refused.Add(new RefusedCode(text, $"not an attendee code of event {Id}"));
            }
        }

        foreach (var group in valid.GroupBy(c => c.Bucket))
        {
            var report = await Bucket(group.Key).RecordRetroactiveAsync([.. group.Select(c => c.ToString())], happenedAt, recordedBy);
            recorded.AddRange(report.Recorded);
            already.AddRange(report.AlreadyAttended);
            refused.AddRange(report.Refused);
        }

        return new RetroactiveAttendanceReport(recorded, already, refused);
    }

    public async Task<PastAttendanceResult> RecordPastAttendanceAsync(Attendee attendee, PastAttendance attendance, string recordedBy)
    {
        var definition = RequireDefinition();
        Validate(attendee);
        ArgumentException.ThrowIfNullOrEmpty(recordedBy);
        if (!Enum.IsDefined(attendance))
        {
            throw IseException.Invalid("status", $"{attendance} is not attended, walk-in or no-show.");
        }

        if (State.Status != EventStatus.Closed)
        {
            throw IseException.Conflict($"Event {Id} is {Slug(State.Status)}; attended, walk-in and no-show are recorded once it is closed.", "eventId");
        }

        var bucketNumber = StableHash.Bucket(attendee.SmeId, State.BucketCount);
        var bucket = Bucket(bucketNumber);
        var registration = await bucket.FindAsync(attendee.SmeId, attendee.ContactId, null);
        if (registration is null && attendance == PastAttendance.WalkIn)
        {
            var walkIn = await WalkInAsync(attendee, null, (DateOnly.FromDateTime(definition.StartsAtLocal), recordedBy));
            return new PastAttendanceResult(walkIn.Registration, Changed: true, "walk-in recorded after the event");
        }

        var registeredNow = registration is null;
        registration ??= await RegisterAfterAsync(bucket, bucketNumber, attendee, recordedBy);
        if (attendance == PastAttendance.NoShow)
        {
            return await MarkNoShowAsync(bucket, registration, registeredNow, recordedBy);
        }

        var attended = await CheckInAfterAsync(bucket, registration.Code, State.StartsAt, recordedBy);
        return attended.Outcome == CheckInOutcome.CheckedIn
            ? new PastAttendanceResult(attended.Registration, Changed: true, registeredNow ? "registered and recorded attended retroactively" : "attendance recorded retroactively")
            : new PastAttendanceResult(attended.Registration, Changed: false, "already attended");
    }

    /// <summary>A registration made after the event for a list kept at it: dated by the event's start, holding a seat.</summary>
    private async Task<Registration> RegisterAfterAsync(IAttendanceBucketGrain bucket, int bucketNumber, Attendee attendee, string recordedBy)
    {
        var definition = RequireDefinition();
        if (State.SeatsTaken >= definition.Capacity)
        {
            throw IseException.Conflict($"Event {Id} is full ({definition.Capacity} seats): the list names more attendees than it had seats.", "eventId");
        }

        var registration = new Registration(AttendeeCode.New(Id, bucketNumber).ToString(), Id, attendee, AttendanceStatus.Registered, State.StartsAt, null, WalkIn: false, Retroactive: false, null);
        var stored = await bucket.AddAsync(BucketView(), registration, null, recordedBy);
        await RaiseAndConfirmAsync(SeatsChanged(1, [], [], [bucketNumber]));
        return stored;
    }

    /// <summary>A registration of a closed event marked a no-show as closing does (a registration still open is one the list's no-show names).</summary>
    private async Task<PastAttendanceResult> MarkNoShowAsync(IAttendanceBucketGrain bucket, Registration registration, bool registeredNow, string recordedBy)
    {
        switch (registration.Status)
        {
            case AttendanceStatus.NoShow:
                return new PastAttendanceResult(registration, Changed: false, "already a no-show");
            case AttendanceStatus.Registered:
                await bucket.CloseAsync(BucketView(), recordedBy);
                return new PastAttendanceResult((await bucket.FindByCodeAsync(registration.Code))!, Changed: true,
                    registeredNow ? "registered and recorded a no-show after the event" : "recorded a no-show");
            default:
                throw IseException.Conflict(
                    $"The registration {registration.Code} of SME {registration.Attendee.SmeId} is {AttendanceBucketGrain.Describe(registration.Status)}, not a no-show: an attendance recorded is not undone after the event.", "status");
        }
    }

    /// <summary>
    /// The moment an attendance recorded for <paramref name="day"/> happened: the event's start time on that day.
    /// Refuses a day that is not one of the event's local dates, in the future, or before the programme started.
    /// </summary>
    private DateTimeOffset OnEventDate(DateOnly day)
    {
        var definition = RequireDefinition();
        EngagementDates.Check(day, time.GetUtcNow(), definition.Region, programme.Value.StartsOn);
        var first = DateOnly.FromDateTime(definition.StartsAtLocal);
        var last = DateOnly.FromDateTime(definition.EndsAtLocal);
        if (day < first || day > last)
        {
            var held = first == last
                ? first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}");
            throw IseException.Invalid(EngagementDates.Field,
                string.Create(CultureInfo.InvariantCulture, $"{EngagementDates.Field} {day:yyyy-MM-dd} is not a day of event {Id}, held {held}: an attendance is dated by its event."));
        }

        return day == first ? State.StartsAt : EngagementDates.At(day, TimeOnly.FromDateTime(definition.StartsAtLocal), definition.Region);
    }

    /// <summary>A registered SME entered as a walk-in after the event: checked in retroactively on the day named.</summary>
    private async Task<CheckInResult> CheckInAfterAsync(IAttendanceBucketGrain bucket, string code, DateTimeOffset happenedAt, string recordedBy)
    {
        var report = await bucket.RecordRetroactiveAsync([code], happenedAt, recordedBy);
        if (report.Refused.Count > 0)
        {
            throw IseException.Conflict($"Cannot record {code} as attended: {report.Refused[0].Reason}.", "smeId");
        }

        var registration = (await bucket.FindByCodeAsync(code))!;
        var clock = ProgrammeTime.ClockTime(registration.CheckedInAt!.Value, RequireDefinition().Region);
        return report.Recorded.Count > 0
            ? new CheckInResult(CheckInOutcome.CheckedIn, registration, clock, $"Recorded as attended at {clock}.")
            : new CheckInResult(CheckInOutcome.AlreadyCheckedIn, registration, clock, $"Already checked in at {clock}.");
    }

    public async Task<IReadOnlyList<Registration>> ListRegistrationsAsync(AttendanceStatus? status)
    {
        RequireDefinition();
        var lists = await Task.WhenAll(State.UsedBuckets.Select(b => Bucket(b).ListAsync(status)));
        return [.. lists.SelectMany(l => l).OrderBy(r => r.RegisteredAt)];
    }

    private async Task<EventView> MoveAsync(EventStatus to, EventStatus from)
    {
        RequireDefinition();
        if (State.Status == to)
        {
            return View();
        }

        if (State.Status != from)
        {
            throw IseException.Conflict($"Event {Id} is {Slug(State.Status)}; it becomes {Slug(to)} only from {Slug(from)}.", "eventId");
        }

        var snapshot = BucketView(to);
        foreach (var bucket in State.UsedBuckets)
        {
            await Bucket(bucket).UpdateEventAsync(snapshot);
        }

        await RaiseAndConfirmAsync(StatusChange(RequireDefinition(), to, null));
        return View();
    }

    private EventStatusChanged StatusChange(CreateEvent definition, EventStatus to, int? attendance) =>
        new(Guid.NewGuid(), time.GetUtcNow(), Id, definition, State.Status, to, attendance,
            IndexListChanges.Between(Id, EventIndexes.Of(definition, State.Status), EventIndexes.Of(definition, to), State.VersionBase));

    private EventSeatsChanged SeatsChanged(int seatsTaken, IReadOnlyList<string> waitListed, IReadOnlyList<string> leftWaitingList, IReadOnlyList<int> bucketsUsed) =>
        new(Guid.NewGuid(), time.GetUtcNow(), seatsTaken, waitListed, leftWaitingList, bucketsUsed);

    /// <summary>A seat freed: the first on the waiting list take it, as many as there are seats (a waiting registration cancelled meanwhile frees none).</summary>
    private async Task<EventSeatsChanged> PromotedFromWaitingListAsync()
    {
        var capacity = RequireDefinition().Capacity;
        var seats = State.SeatsTaken - 1;
        var left = new List<string>();
        foreach (var next in State.WaitingList)
        {
            if (seats >= capacity)
            {
                break;
            }

            var promoted = await Bucket(AttendeeCode.Parse(next).Bucket).PromoteAsync(next);
            left.Add(next);
            if (promoted.Status == AttendanceStatus.Registered)
            {
                seats++;
            }
        }

        return SeatsChanged(seats - State.SeatsTaken, [], left, []);
    }

    private async Task ReconcileAsync()
    {
        var tallies = await Task.WhenAll(State.UsedBuckets.Select(b => Bucket(b).TallyAsync()));
        var seats = tallies.Sum(t => t.SeatsTaken);
        var waiting = tallies.SelectMany(t => t.WaitListed).ToHashSet(StringComparer.Ordinal);
        var ordered = State.WaitingList.Where(waiting.Contains).ToList();
        ordered.AddRange(waiting.Except(ordered));
        if (seats != State.SeatsTaken || !ordered.SequenceEqual(State.WaitingList))
        {
            LogReconciled(seats, State.SeatsTaken);
            await RaiseAndConfirmAsync(new EventSeatsReconciled(Guid.NewGuid(), time.GetUtcNow(), seats, ordered));
        }
    }

    private void LogReconciled(int seats, int recorded) =>
        logger.LogWarning("Event {EventId}: seat count reconciled with its buckets ({Seats}, was {Recorded})", Id, seats, recorded);

    private AttendeeCode ParseOwnCode(string code)
    {
        var parsed = AttendeeCode.Parse(code);
        return parsed.EventId == Id && parsed.Bucket < State.BucketCount
            ? parsed
            : throw IseException.NotFound("code", $"{code} is not an attendee code of event {Id}.");
    }

    private static void Validate(Attendee attendee, string fieldPrefix = "")
    {
        if (!IseKeys.TryCountryOfSme(attendee.SmeId, out var country))
        {
            throw IseException.Invalid(fieldPrefix + "smeId", $"'{attendee.SmeId}' is not an SME id.");
        }

        if (country != attendee.Country || !Enum.IsDefined(attendee.Region) || !Enum.IsDefined(attendee.Sector)
            || ProgrammeCatalog.Describe(attendee.Region).Country != attendee.Country)
        {
            throw IseException.Invalid(fieldPrefix + "smeId", $"SME {attendee.SmeId}: country, region and sector do not agree.");
        }

        if (attendee.ContactId is { Length: 0 or > 20 })
        {
            throw IseException.Invalid(fieldPrefix + "contactId", "contactId is malformed.");
        }
    }

    private static bool Same(CreateEvent stored, CreateEvent requested) =>
        stored.Title == requested.Title.Trim() && stored.Kind == requested.Kind && stored.HostPartnerId == requested.HostPartnerId
        && stored.Region == requested.Region && stored.StartsAtLocal == requested.StartsAtLocal && stored.Capacity == requested.Capacity;

    private static string Slug(EventStatus status) => EventIndexes.StatusSlug(status);

    private IAttendanceBucketGrain Bucket(int number) => GrainFactory.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(Id, number));

    private BucketEvent BucketView() => BucketView(State.Status);

    private BucketEvent BucketView(EventStatus status)
    {
        var definition = RequireDefinition();
        return new BucketEvent(Id, status, definition.Kind, definition.HostPartnerId, definition.Region, State.StartsAt);
    }

    private CreateEvent RequireDefinition() =>
        State.Definition ?? throw IseException.NotFound("eventId", $"No event with id {Id}.");

    private EventView View()
    {
        var definition = RequireDefinition();
        return new EventView(Id, definition, State.Status, State.StartsAt, State.EndsAt, State.SeatsTaken, State.WaitingList.Count, State.BucketCount);
    }
}
