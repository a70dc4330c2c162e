namespace Ise.Indicators;

/// <summary>A credit given (+1) or withdrawn (−1).</summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-change")]
public sealed record IndicatorChange(
    [property: Id(0)] IndicatorCredit Credit,
    [property: Id(1)] int Delta);
