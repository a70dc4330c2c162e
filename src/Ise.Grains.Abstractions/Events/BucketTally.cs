namespace Ise.Events;

/// <summary>A bucket's own count of seats taken and its wait-listed codes, to reconcile the event's accounting.</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket-tally")]
public sealed record BucketTally(
    [property: Id(0)] int SeatsTaken,
    [property: Id(1)] IReadOnlyList<string> WaitListed);
