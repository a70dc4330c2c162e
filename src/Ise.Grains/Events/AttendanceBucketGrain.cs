using Ise.Effects;
using Ise.Errors;
using Ise.Programme;
using Ise.Smes;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Ise.Events;

/// <summary>
/// Up to ~256 registrations of one event, with group commit: check-ins arriving while a write is in
/// flight are applied to the state and acknowledged together after the next single write.
/// </summary>
/// <remarks>
/// Reentrant, so these invariants hold across every await:
/// <list type="bullet">
/// <item>The state changes only in synchronous code between awaits; each request's changes are recorded in a <see cref="BucketChange"/>.</item>
/// <item>One write is in flight at a time (<see cref="_writing"/>); it stores a snapshot, so changes made meanwhile wait for the next write.</item>
/// <item>A caller is answered only after the write containing its change completed; a failed write fails every caller of that batch and rolls their changes back.</item>
/// <item>A repeated scan of a code whose check-in is not yet durable waits for the next write before answering.</item>
/// </list>
/// </remarks>
[Reentrant]
public sealed class AttendanceBucketGrain : Grain, IAttendanceBucketGrain, IRemindable
{
    private const int MaxCommentLength = 2000;

    private readonly IPersistentState<AttendanceBucketState> _stored;
    private readonly TimeProvider _time;
    private readonly ILogger<AttendanceBucketGrain> _logger;
    private AttendanceBucketState _live = new();
    private List<(TaskCompletionSource Done, BucketChange Change)> _batch = [];
    private bool _writing;
    private OutboxPump? _pump;

    public AttendanceBucketGrain(
        [PersistentState("attendance", IseKeys.StorageName)] IPersistentState<AttendanceBucketState> stored,
        TimeProvider time,
        ILogger<AttendanceBucketGrain> logger)
    {
        _stored = stored;
        _time = time;
        _logger = logger;
    }

    private OutboxPump Pump => _pump ?? throw new InvalidOperationException("not activated");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _live = _stored.State;
        _pump = new OutboxPump(this, () => _live.Outbox, () => CommitAsync(new BucketChange(_live)), GrainFactory, _logger);
        _pump.OnActivated();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Pump.OnDeactivatingAsync(reason);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == OutboxPump.ReminderName ? Pump.OnReminderAsync() : Task.CompletedTask;

    public Task<Registration?> FindAsync(string smeId, string? contactId, string? idempotencyKey)
    {
        if (idempotencyKey is not null && _live.IdempotencyKeys.TryGetValue(idempotencyKey, out var code))
        {
            return Task.FromResult<Registration?>(_live.Registrations[code]);
        }

        var found = _live.Registrations.Values.FirstOrDefault(r =>
            r.Attendee.SmeId == smeId && r.Attendee.ContactId == contactId && r.Status != AttendanceStatus.Cancelled);
        return Task.FromResult(found);
    }

    public Task<Registration?> FindByCodeAsync(string code) => Task.FromResult(_live.Registrations.GetValueOrDefault(code));

    public async Task<Registration> AddAsync(BucketEvent @event, Registration registration, string? idempotencyKey)
    {
        await Pump.EnsureRecoverableAsync();
        if (_live.Registrations.TryGetValue(registration.Code, out var existing))
        {
            return existing;
        }

        var change = new BucketChange(_live);
        change.SetEvent(@event);
        if (idempotencyKey is not null)
        {
            change.SetIdempotencyKey(idempotencyKey, registration.Code);
        }

        Add(change, registration);
        await CommitAsync(change);
        return registration;
    }

    public async Task AddManyAsync(BucketEvent @event, IReadOnlyList<Registration> registrations)
    {
        await Pump.EnsureRecoverableAsync();
        var change = new BucketChange(_live);
        change.SetEvent(@event);
        foreach (var registration in registrations.Where(r => !_live.Registrations.ContainsKey(r.Code)))
        {
            Add(change, registration);
        }

        await CommitAsync(change);
    }

    public async Task UpdateEventAsync(BucketEvent @event)
    {
        var change = new BucketChange(_live);
        change.SetEvent(@event);
        await CommitAsync(change);
    }

    public async Task<Registration> CancelAsync(string code)
    {
        await Pump.EnsureRecoverableAsync();
        var registration = Require(code);
        if (registration.Status is not (AttendanceStatus.Registered or AttendanceStatus.WaitListed))
        {
            throw IseException.Conflict($"Registration {code} cannot be cancelled: it is {Describe(registration.Status)}.", "code");
        }

        var now = _time.GetUtcNow();
        var change = new BucketChange(_live);
        var cancelled = registration with { Status = AttendanceStatus.Cancelled };
        change.Put(cancelled);
        Journey(change, registration, JourneyEntryKind.RegistrationCancelled, now, null, null);
        Statistics(change, registration, registration.Status, AttendanceStatus.Cancelled, now);
        await CommitAsync(change);
        return cancelled;
    }

    public async Task<Registration> PromoteAsync(string code)
    {
        await Pump.EnsureRecoverableAsync();
        var registration = Require(code);
        if (registration.Status != AttendanceStatus.WaitListed)
        {
            return registration;
        }

        var change = new BucketChange(_live);
        var promoted = registration with { Status = AttendanceStatus.Registered };
        change.Put(promoted);
        Statistics(change, registration, AttendanceStatus.WaitListed, AttendanceStatus.Registered, _time.GetUtcNow());
        await CommitAsync(change);
        return promoted;
    }

    public async Task<int> CloseAsync(BucketEvent @event)
    {
        await Pump.EnsureRecoverableAsync();
        var now = _time.GetUtcNow();
        var change = new BucketChange(_live);
        change.SetEvent(@event);
        var absent = _live.Registrations.Values.Where(r => r.Status == AttendanceStatus.Registered).ToList();
        foreach (var registration in absent)
        {
            change.Put(registration with { Status = AttendanceStatus.NoShow });
            Journey(change, registration, JourneyEntryKind.NoShow, @event.StartsAt, null, null);
            Statistics(change, registration, AttendanceStatus.Registered, AttendanceStatus.NoShow, now);
        }

        await CommitAsync(change);

        // All no-shows of the bucket, not only those marked now: a close retried after a crash reports the same.
        return _live.Registrations.Values.Count(r => r.Status == AttendanceStatus.NoShow);
    }

    public async Task<RetroactiveAttendanceReport> RecordRetroactiveAsync(IReadOnlyList<string> codes)
    {
        await Pump.EnsureRecoverableAsync();
        var @event = RequireEvent();
        var now = _time.GetUtcNow();
        var change = new BucketChange(_live);
        List<string> recorded = [], already = [];
        List<RefusedCode> refused = [];
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            if (!_live.Registrations.TryGetValue(code, out var registration))
            {
                refused.Add(new RefusedCode(code, "unknown attendee code"));
            }
            else if (registration.Status == AttendanceStatus.CheckedIn)
            {
                already.Add(code);
            }
            else if (registration.Status is AttendanceStatus.NoShow or AttendanceStatus.Registered)
            {
                var attended = registration with { Status = AttendanceStatus.CheckedIn, CheckedInAt = @event.StartsAt, Retroactive = true };
                change.Put(attended);
                var entryId = Journey(change, registration, JourneyEntryKind.RetroactiveAttendance, @event.StartsAt, null,
                    $"recorded after the event, on {now:yyyy-MM-dd}");
                change.SetAttendanceEntry(code, entryId);
                Statistics(change, registration, registration.Status, AttendanceStatus.CheckedIn, @event.StartsAt);
                recorded.Add(code);
            }
            else
            {
                refused.Add(new RefusedCode(code, $"the registration is {Describe(registration.Status)}"));
            }
        }

        await CommitAsync(change);
        return new RetroactiveAttendanceReport(recorded, already, refused);
    }

    public async Task<CheckInResult> CheckInAsync(string code)
    {
        await Pump.EnsureRecoverableAsync();
        var registration = Require(code);
        var @event = RequireLive();
        if (registration.Status == AttendanceStatus.CheckedIn)
        {
            if (_writing)
            {
                // The first check-in may still be in the write in flight: answer only once it is durable.
                await CommitAsync(new BucketChange(_live));
            }

            var when = ProgrammeTime.ClockTime(registration.CheckedInAt!.Value, @event.Region);
            return new CheckInResult(CheckInOutcome.AlreadyCheckedIn, registration, when, $"Already checked in at {when}.");
        }

        if (registration.Status != AttendanceStatus.Registered)
        {
            throw IseException.Conflict($"Cannot check in {code}: the registration is {Describe(registration.Status)}.", "code");
        }

        var now = _time.GetUtcNow();
        var change = new BucketChange(_live);
        var checkedIn = registration with { Status = AttendanceStatus.CheckedIn, CheckedInAt = now };
        change.Put(checkedIn);
        var entryId = Journey(change, registration, JourneyEntryKind.Attended, now, null, null);
        change.SetAttendanceEntry(code, entryId);
        Statistics(change, checkedIn, AttendanceStatus.Registered, AttendanceStatus.CheckedIn, now);
        await CommitAsync(change);
        var time = ProgrammeTime.ClockTime(now, @event.Region);
        return new CheckInResult(CheckInOutcome.CheckedIn, checkedIn, time, $"Checked in at {time}.");
    }

    public async Task<Registration> UndoCheckInAsync(string code)
    {
        await Pump.EnsureRecoverableAsync();
        var registration = Require(code);
        RequireLive();
        if (registration.Status != AttendanceStatus.CheckedIn)
        {
            throw IseException.Conflict($"Cannot undo the check-in of {code}: it is {Describe(registration.Status)}.", "code");
        }

        var now = _time.GetUtcNow();
        var change = new BucketChange(_live);
        var undone = registration with { Status = AttendanceStatus.Registered, CheckedInAt = null };
        change.Put(undone);
        Journey(change, registration, JourneyEntryKind.AttendanceUndone, now, _live.AttendanceEntries.GetValueOrDefault(code), null);
        change.SetAttendanceEntry(code, null);
        Statistics(change, registration, AttendanceStatus.CheckedIn, AttendanceStatus.Registered, now);
        await CommitAsync(change);
        return undone;
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

        await Pump.EnsureRecoverableAsync();
        var registration = Require(code);
        if (registration.Status != AttendanceStatus.CheckedIn)
        {
            throw IseException.Conflict($"Only attendees give feedback; {code} is {Describe(registration.Status)}.", "code");
        }

        if (registration.Feedback is not null)
        {
            throw IseException.Conflict($"Feedback for {code} was already given; one per attendee per event.", "code");
        }

        var change = new BucketChange(_live);
        var withFeedback = registration with { Feedback = new Feedback(rating, comment, _time.GetUtcNow()) };
        change.Put(withFeedback);
        change.AddEffect(EffectTarget.EventStatistics, registration.EventId, new FeedbackGivenEffect(code, rating));
        await CommitAsync(change);
        return withFeedback;
    }

    public Task<IReadOnlyList<Registration>> ListAsync(AttendanceStatus? status) =>
        Task.FromResult<IReadOnlyList<Registration>>(
            [.. _live.Registrations.Values.Where(r => status is null || r.Status == status).OrderBy(r => r.RegisteredAt)]);

    private void Add(BucketChange change, Registration registration)
    {
        change.Put(registration);
        var at = registration.RegisteredAt;
        if (registration.WalkIn)
        {
            var entryId = Journey(change, registration, JourneyEntryKind.WalkIn, at, null, null);
            change.SetAttendanceEntry(registration.Code, entryId);
        }
        else
        {
            Journey(change, registration, JourneyEntryKind.RegisteredForEvent, at, null, null);
        }

        Statistics(change, registration, null, registration.Status, at);
    }

    public Task<int> OutboxBacklogAsync() => Task.FromResult(Pump.PendingCount);

    public Task<BucketTally> TallyAsync()
    {
        var seats = _live.Registrations.Values.Count(r => r.Status is AttendanceStatus.Registered or AttendanceStatus.CheckedIn or AttendanceStatus.NoShow);
        var waiting = _live.Registrations.Values.Where(r => r.Status == AttendanceStatus.WaitListed).OrderBy(r => r.RegisteredAt).Select(r => r.Code);
        return Task.FromResult(new BucketTally(seats, [.. waiting]));
    }

    private string Journey(BucketChange change, Registration registration, JourneyEntryKind kind, DateTimeOffset at, string? reference, string? note)
    {
        var @event = RequireEvent();
        var entry = new JourneyEntry(
            $"{registration.Code}#{_live.Outbox.NextSequence}", kind, at, ProgrammeTime.ToLocal(at, @event.Region),
            @event.HostPartnerId, @event.Kind, @event.EventId, null, reference, note);
        change.AddEffect(EffectTarget.Sme, registration.Attendee.SmeId, new JourneyEffect(entry));
        return entry.Id;
    }

    private void Statistics(BucketChange change, Registration registration, AttendanceStatus? from, AttendanceStatus to, DateTimeOffset at)
    {
        var @event = RequireEvent();
        change.AddEffect(EffectTarget.EventStatistics, @event.EventId, new AttendanceChangedEffect(
            registration.Code, registration.Attendee, from, to, registration.WalkIn, at, ProgrammeTime.ClockTime(at, @event.Region)));
    }

    private Registration Require(string code) =>
        _live.Registrations.TryGetValue(code, out var registration)
            ? registration
            : throw IseException.NotFound("code", $"Unknown attendee code {code}.");

    private BucketEvent RequireEvent() =>
        _live.Event ?? throw IseException.NotFound("code", $"No registrations in {this.GetPrimaryKeyString()}.");

    private BucketEvent RequireLive()
    {
        var @event = RequireEvent();
        return @event.Status == EventStatus.Live
            ? @event
            : throw IseException.Conflict($"Event {@event.EventId} is not live (it is {@event.Status.ToString().ToLowerInvariant()}); check-in is open only while it is live.", "eventId");
    }

    private static string Describe(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Registered => "registered",
        AttendanceStatus.WaitListed => "on the waiting list",
        AttendanceStatus.CheckedIn => "already checked in",
        AttendanceStatus.NoShow => "a no-show",
        AttendanceStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };

    /// <summary>Joins the next write; completes when the write containing this change is durable.</summary>
    private Task CommitAsync(BucketChange change)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _batch.Add((done, change));
        if (!_writing)
        {
            _writing = true;
            _ = WriteBatchesAsync();
        }

        return done.Task;
    }

    private async Task WriteBatchesAsync()
    {
        try
        {
            while (_batch.Count > 0)
            {
                var batch = _batch;
                _batch = [];
                var mark = Pump.MarkBeforeWrite();
                _stored.State = _live.Snapshot();
                try
                {
                    await _stored.WriteStateAsync();
                }
                catch (Exception ex)
                {
                    for (var i = batch.Count - 1; i >= 0; i--)
                    {
                        batch[i].Change.Rollback();
                    }

                    foreach (var (done, _) in batch)
                    {
                        done.TrySetException(ex);
                    }

                    DeactivateOnIdle();
                    continue;
                }

                Pump.Written(mark);
                foreach (var (done, _) in batch)
                {
                    done.TrySetResult();
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
