using Ise.Programme;

namespace Ise.Events;

/// <summary>
/// An event as its organiser defines it. Start and end are local times of the event's region;
/// <see cref="WaitingListLimit"/> bounds the waiting list (default: the capacity).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.create-event")]
public sealed record CreateEvent(
    [property: Id(0)] string Title,
    [property: Id(1)] ActivityKind Kind,
    [property: Id(2)] string HostPartnerId,
    [property: Id(3)] Region Region,
    [property: Id(4)] IReadOnlyList<Sector> Sectors,
    [property: Id(5)] DateTime StartsAtLocal,
    [property: Id(6)] DateTime EndsAtLocal,
    [property: Id(7)] string Venue,
    [property: Id(8)] int Capacity,
    [property: Id(9)] int? WaitingListLimit);
