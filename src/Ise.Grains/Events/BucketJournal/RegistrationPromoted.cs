using Ise.Journal;

namespace Ise.Events;

/// <summary>A registration on the waiting list got a seat.</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.registration-promoted")]
public sealed record RegistrationPromoted(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return BucketEffects.Attendance(Event, Registration, AttendanceStatus.WaitListed, AttendanceStatus.Registered, At);
    }
}
