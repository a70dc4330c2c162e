namespace Ise.Diagnostics;

/// <summary>A dimension (or an axis) in the latest assessment against the previous one, in percentage points.</summary>
[GenerateSerializer, Immutable, Alias("ise.dimension-progress")]
public sealed record DimensionProgress(
    [property: Id(0)] string Id,
    [property: Id(1)] decimal PreviousPercent,
    [property: Id(2)] decimal Percent,
    [property: Id(3)] decimal Change);
