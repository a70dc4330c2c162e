namespace Ise.Events;

/// <summary>One change at the door, numbered with the statistics' sequence at which it was counted.</summary>
[GenerateSerializer, Immutable, Alias("ise.arrival-change")]
public sealed record ArrivalChange(
    [property: Id(0)] long Sequence,
    [property: Id(1)] ArrivalChangeKind Kind,
    [property: Id(2)] Arrival Arrival);
