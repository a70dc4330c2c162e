using Ise.Journal;
using Ise.Smes;

namespace Ise.Events;

/// <summary>A check-in made by mistake was taken back; <see cref="AttendanceEntry"/> names the journey entry it undoes.</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.check-in-undone")]
public sealed record CheckInUndone(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration,
    [property: Id(4)] string? AttendanceEntry) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.AttendanceUndone, At, reference: AttendanceEntry);
        yield return BucketEffects.Attendance(Event, Registration, AttendanceStatus.CheckedIn, AttendanceStatus.Registered, At);
    }
}
