using Ise.Journal;
using Ise.Smes;

namespace Ise.Events;

/// <summary>
/// The event closed and a registered attendee had not come; or a list kept at a past event said so, recorded by
/// <see cref="RecordedBy"/> on <see cref="At"/>'s date (the entry stays dated by the event).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.attendee-marked-no-show")]
public sealed record AttendeeMarkedNoShow(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration,
    [property: Id(4)] string? RecordedBy = null) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.NoShow, Event.StartsAt,
            recordedAt: RecordedBy is null ? null : At, recordedBy: RecordedBy);
        yield return BucketEffects.Attendance(Event, Registration, AttendanceStatus.Registered, AttendanceStatus.NoShow, At);
    }
}
