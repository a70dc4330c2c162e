namespace Ise.Diagnostics;

/// <summary>A dimension of an axis; its weight counts in the axis's mean.</summary>
public sealed record DiagnosticDimension(string Id, int Weight, LocalizedText Name, IReadOnlyList<DiagnosticQuestion> Questions);
