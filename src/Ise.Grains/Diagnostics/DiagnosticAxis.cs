namespace Ise.Diagnostics;

/// <summary>One of the two things assessed: innovation or internationalisation potential.</summary>
public sealed record DiagnosticAxis(string Id, LocalizedText Name, IReadOnlyList<DiagnosticDimension> Dimensions);
