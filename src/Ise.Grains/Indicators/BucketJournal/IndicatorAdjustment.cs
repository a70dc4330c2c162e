using Ise.Effects;

namespace Ise.Indicators;

/// <summary>Credits that reached a frozen period, sent on to the counter bucket (<see cref="BucketKey"/>) of the period that books them as an adjustment.</summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-adjustment")]
public sealed record IndicatorAdjustment(
    [property: Id(0)] string BucketKey,
    [property: Id(1)] IndicatorCreditsEffect Credits);
