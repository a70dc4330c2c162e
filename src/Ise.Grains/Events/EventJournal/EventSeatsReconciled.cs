namespace Ise.Events;

/// <summary>
/// The seat count and waiting list as the attendance buckets' own tallies give them, found different from the
/// event's at activation (a change a bucket stored whose seat accounting was not stored after it).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.event.seats-reconciled")]
public sealed record EventSeatsReconciled(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int SeatsTaken,
    [property: Id(3)] IReadOnlyList<string> WaitingList) : IEventChange;
