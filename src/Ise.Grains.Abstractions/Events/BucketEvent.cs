using Ise.Programme;

namespace Ise.Events;

/// <summary>What an attendance bucket must know of its event: pushed down by the event grain.</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket-event")]
public sealed record BucketEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] EventStatus Status,
    [property: Id(2)] ActivityKind Kind,
    [property: Id(3)] string HostPartnerId,
    [property: Id(4)] Region Region,
    [property: Id(5)] DateTimeOffset StartsAt);
