using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// A next step in the programme, from a rule of the questionnaire: what to do, why (with the scores
/// that triggered it), the kind of programme activity it points to and the guide sections that help.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.diagnostic-recommendation")]
public sealed record DiagnosticRecommendation(
    [property: Id(0)] string RuleId,
    [property: Id(1)] ActivityKind Activity,
    [property: Id(2)] string Text,
    [property: Id(3)] string Because,
    [property: Id(4)] IReadOnlyList<string> GuideSectionIds);
