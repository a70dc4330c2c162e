using Ise.Events;

namespace Ise.Effects;

/// <summary>A registration moved from one status to another (from none when it was created).</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.attendance")]
public sealed record AttendanceChangedEffect(
    [property: Id(0)] string Code,
    [property: Id(1)] Attendee Attendee,
    [property: Id(2)] AttendanceStatus? From,
    [property: Id(3)] AttendanceStatus To,
    [property: Id(4)] bool WalkIn,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] string LocalTime) : Effect;
