using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>A completed assessment as the API takes it; the partner defaults to the caller's.</summary>
public sealed record SubmitDiagnosticInput(int Version, Language Language, string? PartnerId, IReadOnlyList<DiagnosticAnswerInput> Answers);
