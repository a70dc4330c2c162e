namespace Ise.Events;

/// <summary>A recent arrival on the organiser's board.</summary>
[GenerateSerializer, Immutable, Alias("ise.arrival")]
public sealed record Arrival(
    [property: Id(0)] string Code,
    [property: Id(1)] string SmeId,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string LocalTime,
    [property: Id(4)] bool WalkIn);
