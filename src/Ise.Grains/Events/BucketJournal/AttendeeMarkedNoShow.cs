using Ise.Journal;
using Ise.Smes;

namespace Ise.Events;

/// <summary>The event closed and a registered attendee had not come.</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.attendee-marked-no-show")]
public sealed record AttendeeMarkedNoShow(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.NoShow, Event.StartsAt);
        yield return BucketEffects.Attendance(Event, Registration, AttendanceStatus.Registered, AttendanceStatus.NoShow, At);
    }
}
