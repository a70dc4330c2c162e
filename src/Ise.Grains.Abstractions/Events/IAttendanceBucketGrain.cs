namespace Ise.Events;

/// <summary>
/// Up to ~256 registrations of one event (key: <see cref="IseKeys.AttendanceBucket"/>), with group
/// commit of check-ins. Called by the event grain for registration changes and directly by the
/// gateway for check-ins, undo and feedback (the attendee code names the bucket).
/// </summary>
public interface IAttendanceBucketGrain : IGrainWithStringKey
{
    Task<Registration?> FindAsync(string smeId, string? contactId, string? idempotencyKey);

    Task<Registration?> FindByCodeAsync(string code);

    /// <summary>Adds a registration (a walk-in's checked in; <paramref name="recordedBy"/> names who entered one after the event).</summary>
    Task<Registration> AddAsync(BucketEvent @event, Registration registration, string? idempotencyKey, string? recordedBy = null);

    /// <summary>Adds new registrations in one write (codes already present are left as they are).</summary>
    Task AddManyAsync(BucketEvent @event, IReadOnlyList<Registration> registrations);

    Task UpdateEventAsync(BucketEvent @event);

    Task<Registration> CancelAsync(string code);

    Task<Registration> PromoteAsync(string code);

    /// <summary>
    /// Marks everyone still registered as a no-show; returns the bucket's no-shows (the same when retried).
    /// <paramref name="recordedBy"/> names who recorded them, when a list kept at a past event did.
    /// </summary>
    Task<int> CloseAsync(BucketEvent @event, string? recordedBy = null);

    /// <summary>
    /// After the event: checks in the registered and no-shows among <paramref name="codes"/>, attended at the
    /// event's start or at <paramref name="happenedAt"/> (a time on the day the recorder named), recorded by <paramref name="recordedBy"/>.
    /// </summary>
    Task<RetroactiveAttendanceReport> RecordRetroactiveAsync(IReadOnlyList<string> codes, DateTimeOffset? happenedAt = null, string? recordedBy = null);

    Task<CheckInResult> CheckInAsync(string code);

    /// <summary>
    /// Checks in by a scan the door's device named: the check-in keeps the scan's time, and the same scan sent
    /// again (an offline queue syncing twice) gets the same answer as the first time, not "already checked in".
    /// A scan whose check-in was undone is refused when it comes back.
    /// </summary>
    Task<CheckInResult> CheckInScanAsync(string code, DoorScan scan);

    Task<Registration> UndoCheckInAsync(string code);

    Task<Registration> LeaveFeedbackAsync(string code, int rating, string? comment);

    Task<IReadOnlyList<Registration>> ListAsync(AttendanceStatus? status);

    Task<BucketTally> TallyAsync();
}
