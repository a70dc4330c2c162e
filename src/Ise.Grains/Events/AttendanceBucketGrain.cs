using Ise.Errors;
using Ise.Journal;
using Ise.Programme;

namespace Ise.Events;

/// <summary>
/// Up to ~256 registrations of one event, journaled: each change is one row in the bucket's stream
/// (a check-in is one <see cref="AttendeeCheckedIn"/>, about the SME), committed by the silo's
/// writer together with whatever other grains append meanwhile. A caller is answered once its row
/// has committed; what the row causes (the attendee's journey, the event's statistics) is delivered
/// from the journal by the silo's dispatcher. Calls are handled one at a time, so every decision is
/// taken on the state of everything already committed.
/// </summary>
public sealed class AttendanceBucketGrain(TimeProvider time) : JournaledIseGrain<AttendanceBucketState, IAttendanceBucketEvent>, IAttendanceBucketGrain
{
    private const int MaxCommentLength = 2000;

    /// <summary>The journal stream of the bucket with this key.</summary>
    public static string Stream(string key) => $"attendance/{key}";

    protected override string StreamName => Stream(this.GetPrimaryKeyString());

    public Task<Registration?> FindAsync(string smeId, string? contactId, string? idempotencyKey)
    {
        if (idempotencyKey is not null && State.IdempotencyKeys.TryGetValue(idempotencyKey, out var code))
        {
            return Task.FromResult<Registration?>(State.Registrations[code]);
        }

        var found = State.Registrations.Values.FirstOrDefault(r =>
            r.Attendee.SmeId == smeId && r.Attendee.ContactId == contactId && r.Status != AttendanceStatus.Cancelled);
        return Task.FromResult(found);
    }

    public Task<Registration?> FindByCodeAsync(string code) => Task.FromResult(State.Registrations.GetValueOrDefault(code));

    public async Task<Registration> AddAsync(BucketEvent @event, Registration registration, string? idempotencyKey, string? recordedBy = null)
    {
        if (State.Registrations.TryGetValue(registration.Code, out var existing))
        {
            return existing;
        }

        await RaiseAndConfirmAsync(new AttendeeRegistered(Guid.NewGuid(), Now, @event, registration, idempotencyKey, recordedBy));
        return registration;
    }

    public async Task AddManyAsync(BucketEvent @event, IReadOnlyList<Registration> registrations)
    {
        var now = Now;
        var added = registrations
            .Where(r => !State.Registrations.ContainsKey(r.Code))
            .DistinctBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => (IAttendanceBucketEvent)new AttendeeRegistered(Guid.NewGuid(), now, @event, r, null))
            .ToArray();
        if (added.Length > 0)
        {
            await RaiseAndConfirmAsync(added);
        }
        else
        {
            await UpdateEventAsync(@event);
        }
    }

    public async Task UpdateEventAsync(BucketEvent @event)
    {
        if (State.Event != @event)
        {
            await RaiseAndConfirmAsync(Details(@event, Now));
        }
    }

    public async Task<Registration> CancelAsync(string code)
    {
        var registration = Require(code);
        if (registration.Status is not (AttendanceStatus.Registered or AttendanceStatus.WaitListed))
        {
            throw IseException.Conflict($"Registration {code} cannot be cancelled: it is {Describe(registration.Status)}.", "code");
        }

        await RaiseAndConfirmAsync(new RegistrationCancelled(Guid.NewGuid(), Now, RequireEvent(), registration));
        return State.Registrations[code];
    }

    public async Task<Registration> PromoteAsync(string code)
    {
        var registration = Require(code);
        if (registration.Status != AttendanceStatus.WaitListed)
        {
            return registration;
        }

        await RaiseAndConfirmAsync(new RegistrationPromoted(Guid.NewGuid(), Now, RequireEvent(), registration));
        return State.Registrations[code];
    }

    public async Task<int> CloseAsync(BucketEvent @event, string? recordedBy = null)
    {
        var now = Now;
        var changes = new List<IAttendanceBucketEvent>();
        if (State.Event != @event)
        {
            changes.Add(Details(@event, now));
        }

        changes.AddRange(State.Registrations.Values
            .Where(r => r.Status == AttendanceStatus.Registered)
            .Select(r => new AttendeeMarkedNoShow(Guid.NewGuid(), now, @event, r, recordedBy)));
        if (changes.Count > 0)
        {
            await RaiseAndConfirmAsync([.. changes]);
        }

        // All no-shows of the bucket, not only those marked now: a close retried after a crash reports the same.
        return State.Registrations.Values.Count(r => r.Status == AttendanceStatus.NoShow);
    }

    public async Task<RetroactiveAttendanceReport> RecordRetroactiveAsync(IReadOnlyList<string> codes, DateTimeOffset? happenedAt = null, string? recordedBy = null)
    {
        var @event = RequireEvent();
        var now = Now;
        var changes = new List<IAttendanceBucketEvent>();
        List<string> recorded = [], already = [];
        List<RefusedCode> refused = [];
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            if (!State.Registrations.TryGetValue(code, out var registration))
            {
                refused.Add(new RefusedCode(code, "unknown attendee code"));
            }
            else if (registration.Status == AttendanceStatus.CheckedIn)
            {
                already.Add(code);
            }
            else if (registration.Status is AttendanceStatus.NoShow or AttendanceStatus.Registered)
            {
                changes.Add(new AttendeeCheckedIn(Guid.NewGuid(), now, @event, registration, Retroactive: true, HappenedAt: happenedAt, RecordedBy: recordedBy));
                recorded.Add(code);
            }
            else
            {
                refused.Add(new RefusedCode(code, $"the registration is {Describe(registration.Status)}"));
            }
        }

        if (changes.Count > 0)
        {
            await RaiseAndConfirmAsync([.. changes]);
        }

        return new RetroactiveAttendanceReport(recorded, already, refused);
    }

    public Task<CheckInResult> CheckInAsync(string code) => CheckInAsync(code, null);

    public Task<CheckInResult> CheckInScanAsync(string code, DoorScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        DoorScans.Check(scan, Now);
        return CheckInAsync(code, scan);
    }

    private async Task<CheckInResult> CheckInAsync(string code, DoorScan? scan)
    {
        var registration = Require(code);
        var @event = RequireLive();
        if (scan is not null && registration.CheckInScanId == scan.Id)
        {
            var original = ProgrammeTime.ClockTime(registration.CheckedInAt!.Value, @event.Region);
            return new CheckInResult(CheckInOutcome.CheckedIn, registration, original, $"Checked in at {original}.");
        }

        if (scan is not null && registration.UndoneScanId == scan.Id)
        {
            throw IseException.Conflict($"Scan {scan.Id} of {code} was undone at the door; it is not applied again.", "scanId");
        }

        if (scan is not null)
        {
            DoorScans.CheckFor(scan, @event.StartsAt);
        }

        if (registration.Status == AttendanceStatus.CheckedIn)
        {
            var when = ProgrammeTime.ClockTime(registration.CheckedInAt!.Value, @event.Region);
            return new CheckInResult(CheckInOutcome.AlreadyCheckedIn, registration, when, $"Already checked in at {when}.");
        }

        if (registration.Status != AttendanceStatus.Registered)
        {
            throw IseException.Conflict($"Cannot check in {code}: the registration is {Describe(registration.Status)}.", "code");
        }

        var now = Now;
        await RaiseAndConfirmAsync(new AttendeeCheckedIn(Guid.NewGuid(), now, @event, registration, Retroactive: false,
            scan is null ? null : scan with { ScannedAt = DoorScans.TimeOf(scan, now) }));
        var checkedIn = State.Registrations[code];
        var time = ProgrammeTime.ClockTime(checkedIn.CheckedInAt!.Value, @event.Region);
        return new CheckInResult(CheckInOutcome.CheckedIn, checkedIn, time, $"Checked in at {time}.");
    }

    public async Task<Registration> UndoCheckInAsync(string code)
    {
        var registration = Require(code);
        var @event = RequireLive();
        if (registration.Status != AttendanceStatus.CheckedIn)
        {
            throw IseException.Conflict($"Cannot undo the check-in of {code}: it is {Describe(registration.Status)}.", "code");
        }

        await RaiseAndConfirmAsync(new CheckInUndone(Guid.NewGuid(), Now, @event, registration, State.AttendanceEntries.GetValueOrDefault(code)));
        return State.Registrations[code];
    }

    public async Task<Registration> LeaveFeedbackAsync(string code, int rating, string? comment)
    {
        if (rating is < 1 or > 5)
        {
            throw IseException.Invalid("rating", $"rating must be from 1 to 5, not {rating}.");
        }

        if (comment is { Length: > MaxCommentLength })
        {
            throw IseException.Invalid("comment", $"comment is longer than {MaxCommentLength} characters.");
        }

        var registration = Require(code);
        if (registration.Status != AttendanceStatus.CheckedIn)
        {
            throw IseException.Conflict($"Only attendees give feedback; {code} is {Describe(registration.Status)}.", "code");
        }

        if (registration.Feedback is not null)
        {
            throw IseException.Conflict($"Feedback for {code} was already given; one per attendee per event.", "code");
        }

        await RaiseAndConfirmAsync(new FeedbackGiven(Guid.NewGuid(), Now, RequireEvent(), code, rating, comment));
        return State.Registrations[code];
    }

    public Task<IReadOnlyList<Registration>> ListAsync(AttendanceStatus? status) =>
        Task.FromResult<IReadOnlyList<Registration>>(
            [.. State.Registrations.Values.Where(r => status is null || r.Status == status).OrderBy(r => r.RegisteredAt)]);

    public Task<BucketTally> TallyAsync()
    {
        var seats = State.Registrations.Values.Count(r => r.Status is AttendanceStatus.Registered or AttendanceStatus.CheckedIn or AttendanceStatus.NoShow);
        var waiting = State.Registrations.Values.Where(r => r.Status == AttendanceStatus.WaitListed).OrderBy(r => r.RegisteredAt).Select(r => r.Code);
        return Task.FromResult(new BucketTally(seats, [.. waiting]));
    }

    protected override void TransitionState(AttendanceBucketState state, IAttendanceBucketEvent @event) => state.Apply(@event);

    private DateTimeOffset Now => time.GetUtcNow();

    private static BucketEventDetailsSet Details(BucketEvent @event, DateTimeOffset now) => new(Guid.NewGuid(), now, @event);

    private Registration Require(string code) =>
        State.Registrations.TryGetValue(code, out var registration)
            ? registration
            : throw IseException.NotFound("code", $"Unknown attendee code {code}.");

    private BucketEvent RequireEvent() =>
        State.Event ?? throw IseException.NotFound("code", $"No registrations in {this.GetPrimaryKeyString()}.");

    private BucketEvent RequireLive()
    {
        var @event = RequireEvent();
        return @event.Status == EventStatus.Live
            ? @event
            : throw IseException.Conflict($"Event {@event.EventId} is not live (it is {@event.Status.ToString().ToLowerInvariant()}); check-in is open only while it is live.", "eventId");
    }

    /// <summary>A registration's status as refusals word it ("already checked in").</summary>
    internal static string Describe(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Registered => "registered",
        AttendanceStatus.WaitListed => "on the waiting list",
        AttendanceStatus.CheckedIn => "already checked in",
        AttendanceStatus.NoShow => "a no-show",
        AttendanceStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };
}
