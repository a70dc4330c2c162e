using Ise.Journal;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Events;

/// <summary>
/// A registration was made (a walk-in is registered checked in), possibly under a caller's idempotency
/// key. A walk-in's attendance is dated by the event's local date (a walk-in entered after the event
/// is registered retroactive, checked in on the day the recorder named, by <see cref="RecordedBy"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.attendee-registered")]
public sealed record AttendeeRegistered(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration,
    [property: Id(4)] string? IdempotencyKey,
    [property: Id(5)] string? RecordedBy = null) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        var at = Registration.RegisteredAt;
        yield return Registration.WalkIn
            ? BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.WalkIn,
                EngagementDates.OnEventDay(Registration.CheckedInAt ?? at, Event.StartsAt, Event.Region),
                note: Registration.Retroactive ? $"walk-in recorded after the event, on {At:yyyy-MM-dd}" : null, recordedAt: At, recordedBy: RecordedBy)
            : BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.RegisteredForEvent, at, recordedAt: At, recordedBy: RecordedBy);
        yield return BucketEffects.Attendance(Event, Registration, null, Registration.Status, Registration.CheckedInAt ?? at);
    }
}
