namespace Ise.Diagnostics;

/// <summary>An axis's score (the dimension-weighted mean of its dimensions' percentages) and its band.</summary>
[GenerateSerializer, Immutable, Alias("ise.axis-score")]
public sealed record AxisScore(
    [property: Id(0)] string AxisId,
    [property: Id(1)] decimal Percent,
    [property: Id(2)] string BandId);
