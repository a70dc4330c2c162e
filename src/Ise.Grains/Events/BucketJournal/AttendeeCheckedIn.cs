using Ise.Journal;
using Ise.Smes;

namespace Ise.Events;

/// <summary>
/// An attendee was checked in: at the door when it happened (<see cref="At"/>, or the time of the
/// door's <see cref="Scan"/> when the device named one), or recorded after the event (retroactive:
/// attended at the event's start, recorded on <see cref="At"/>'s date).
/// <see cref="Registration"/> is the registration as it stood before.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.attendee-checked-in")]
public sealed record AttendeeCheckedIn(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration,
    [property: Id(4)] bool Retroactive,
    [property: Id(5)] DoorScan? Scan = null) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    /// <summary>When the attendee attended.</summary>
    public DateTimeOffset AttendedAt => Retroactive ? Event.StartsAt : Scan?.ScannedAt ?? At;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return Retroactive
            ? BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.RetroactiveAttendance, AttendedAt, note: $"recorded after the event, on {At:yyyy-MM-dd}")
            : BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.Attended, AttendedAt);
        yield return BucketEffects.Attendance(Event, Registration, Registration.Status, AttendanceStatus.CheckedIn, AttendedAt);
    }
}
