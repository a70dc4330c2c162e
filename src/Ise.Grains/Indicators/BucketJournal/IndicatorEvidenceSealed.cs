namespace Ise.Indicators;

/// <summary>The oldest <see cref="Rows"/> open evidence rows were sealed into the next evidence page (stored by that page's grain first).</summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-bucket.evidence-sealed")]
public sealed record IndicatorEvidenceSealed(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int Rows) : IIndicatorBucketChange;
