namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>One answer as the API takes it.</summary>
public sealed record DiagnosticAnswerInput(string QuestionId, int Value);
