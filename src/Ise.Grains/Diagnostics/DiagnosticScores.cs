namespace Ise.Diagnostics;

/// <summary>What an assessment scored: per dimension and per axis (with its band).</summary>
public sealed record DiagnosticScores(IReadOnlyList<DimensionScore> Dimensions, IReadOnlyList<AxisScore> Axes);
