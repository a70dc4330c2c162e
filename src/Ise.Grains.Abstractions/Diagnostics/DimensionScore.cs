namespace Ise.Diagnostics;

/// <summary>
/// A dimension's score: weighted points earned out of the points possible (question weight × scale
/// value), and that share as a percentage rounded to one decimal.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.dimension-score")]
public sealed record DimensionScore(
    [property: Id(0)] string AxisId,
    [property: Id(1)] string DimensionId,
    [property: Id(2)] int Points,
    [property: Id(3)] int MaxPoints,
    [property: Id(4)] decimal Percent);
