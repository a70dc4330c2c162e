namespace Ise.Indicators;

/// <summary>
/// One counter bucket of a period: its figures by counter key (<see cref="IndicatorCells.CounterKey"/>),
/// the adjustments booked here for frozen periods, whether the period is frozen, and how many evidence rows it holds.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-bucket-view")]
public sealed record IndicatorBucketView(
    [property: Id(0)] bool Frozen,
    [property: Id(1)] IReadOnlyDictionary<string, int> Counts,
    [property: Id(2)] IReadOnlyDictionary<string, int> Adjustments,
    [property: Id(3)] long EvidenceCount);
