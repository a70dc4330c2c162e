namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>A draft as the API takes it: the shape of a submission whose answers may be incomplete.</summary>
public sealed class DiagnosticDraftInputGraphType() : DiagnosticAnswersInputGraphType(
    "DiagnosticDraftInput",
    version: "The questionnaire version being answered.",
    language: "The assessor's language.",
    partner: "The partner who runs the assessment; partner staff may leave it out (their own), the secretariat may name it later.",
    answers: "The answers given so far, at most one per question.");
