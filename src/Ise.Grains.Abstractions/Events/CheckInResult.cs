namespace Ise.Events;

/// <summary>
/// The answer at the door: checked in now, or already checked in at a local time ("HH:mm"),
/// with a message to show as it is.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.check-in-result")]
public sealed record CheckInResult(
    [property: Id(0)] CheckInOutcome Outcome,
    [property: Id(1)] Registration Registration,
    [property: Id(2)] string LocalTime,
    [property: Id(3)] string Message);
