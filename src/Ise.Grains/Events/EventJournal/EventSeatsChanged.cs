namespace Ise.Events;

/// <summary>
/// Registrations changed the event's seat accounting (after the attendance buckets stored them): seats taken
/// (<see cref="SeatsTaken"/> more, or fewer when negative), codes that joined the end of the waiting list and codes
/// that left it (promoted or cancelled), and the buckets that now hold a registration.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.event.seats-changed")]
public sealed record EventSeatsChanged(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int SeatsTaken,
    [property: Id(3)] IReadOnlyList<string> WaitListed,
    [property: Id(4)] IReadOnlyList<string> LeftWaitingList,
    [property: Id(5)] IReadOnlyList<int> BucketsUsed) : IEventChange;
