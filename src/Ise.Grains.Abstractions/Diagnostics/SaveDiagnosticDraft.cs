using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>The answers given so far (any subset of the questionnaire's questions), replacing the saved ones.</summary>
[GenerateSerializer, Immutable, Alias("ise.save-diagnostic-draft")]
public sealed record SaveDiagnosticDraft(
    [property: Id(0)] int Version,
    [property: Id(1)] Language Language,
    [property: Id(2)] string? PartnerId,
    [property: Id(3)] IReadOnlyList<DiagnosticAnswer> Answers);
