using Ise.Journal;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Events;

/// <summary>
/// An attendee was checked in: at the door when it happened (<see cref="At"/>, or the time of the
/// door's <see cref="Scan"/> when the device named one), or recorded after the event (retroactive:
/// attended at the event's start, or at <see cref="HappenedAt"/> when the recorder named the day, and
/// recorded on <see cref="At"/>'s date by <see cref="RecordedBy"/>).
/// <see cref="Registration"/> is the registration as it stood before.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.attendee-checked-in")]
public sealed record AttendeeCheckedIn(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] Registration Registration,
    [property: Id(4)] bool Retroactive,
    [property: Id(5)] DoorScan? Scan = null,
    [property: Id(6)] DateTimeOffset? HappenedAt = null,
    [property: Id(7)] string? RecordedBy = null) : IAttendanceBucketEvent, IEffectSource
{
    public string? Subject => Registration.Attendee.SmeId;

    /// <summary>When the attendee attended (the door's clock for a check-in at the door).</summary>
    public DateTimeOffset AttendedAt => Retroactive ? HappenedAt ?? Event.StartsAt : Scan?.ScannedAt ?? At;

    /// <summary>What the attendance is dated by: the event's local date, whatever the day it was recorded.</summary>
    public DateTimeOffset DatedAt => Retroactive ? AttendedAt : EngagementDates.OnEventDay(AttendedAt, Event.StartsAt, Event.Region);

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return Retroactive
            ? BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.RetroactiveAttendance, DatedAt,
                note: $"recorded after the event, on {At:yyyy-MM-dd}", recordedAt: At, recordedBy: RecordedBy)
            : BucketEffects.Journey(Event, Registration, version, JourneyEntryKind.Attended, DatedAt, recordedAt: At, recordedBy: RecordedBy);
        yield return BucketEffects.Attendance(Event, Registration, Registration.Status, AttendanceStatus.CheckedIn, AttendedAt);
    }
}
