using Ise.Journal;
using Ise.Smes;

namespace Ise.Events;

/// <summary>A registration was made (a walk-in is registered checked in), possibly under a caller's idempotency key.</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.attendee-registered")]
public sealed record AttendeeRegistered(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration,
    [property: Id(4)] string? IdempotencyKey) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        var at = Registration.RegisteredAt;
        yield return BucketEffects.Journey(Event, Registration, version, Registration.WalkIn ? JourneyEntryKind.WalkIn : JourneyEntryKind.RegisteredForEvent, at);
        yield return BucketEffects.Attendance(Event, Registration, null, Registration.Status, at);
    }
}
