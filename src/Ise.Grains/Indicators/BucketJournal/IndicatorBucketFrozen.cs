namespace Ise.Indicators;

/// <summary>The period was frozen: its figures never change from now on.</summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-bucket.frozen")]
public sealed record IndicatorBucketFrozen(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At) : IIndicatorBucketChange;
