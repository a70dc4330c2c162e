namespace Ise.Events;

/// <summary>The event grain told the bucket what it must know of the event (status, kind, host, region, start).</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.event-details-set")]
public sealed record BucketEventDetailsSet(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event) : IAttendanceBucketEvent;
