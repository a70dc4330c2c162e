using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// An SME's diagnostic results: the latest assessment, its weakest dimensions, recommendations in
/// the language asked for, and progress against the previous assessment (empty after the first).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.sme-diagnostics")]
public sealed record SmeDiagnostics(
    [property: Id(0)] DiagnosticAssessment Latest,
    [property: Id(1)] int AssessmentCount,
    [property: Id(2)] IReadOnlyList<string> WeakestDimensionIds,
    [property: Id(3)] Language Language,
    [property: Id(4)] IReadOnlyList<DiagnosticRecommendation> Recommendations,
    [property: Id(5)] DiagnosticAssessment? Previous,
    [property: Id(6)] IReadOnlyList<DimensionProgress> Progress);
