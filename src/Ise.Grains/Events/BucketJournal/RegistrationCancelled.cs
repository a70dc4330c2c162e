using Ise.Journal;
using Ise.Smes;

namespace Ise.Events;

/// <summary>A registration (as it stood: registered or waiting) was cancelled.</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.registration-cancelled")]
public sealed record RegistrationCancelled(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.RegistrationCancelled, At);
        yield return BucketEffects.Attendance(Event, Registration, Registration.Status, AttendanceStatus.Cancelled, At);
    }
}
