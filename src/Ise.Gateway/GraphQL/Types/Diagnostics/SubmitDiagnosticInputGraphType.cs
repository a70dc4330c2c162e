namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class SubmitDiagnosticInputGraphType() : DiagnosticAnswersInputGraphType(
    "SubmitDiagnosticInput",
    version: "The questionnaire version answered.",
    language: "The assessor's language: recommendations come in it.",
    partner: "The partner who ran the assessment; partner staff may leave it out (their own).",
    answers: "One answer per question.");
