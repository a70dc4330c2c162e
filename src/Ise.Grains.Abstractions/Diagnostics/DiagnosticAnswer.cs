namespace Ise.Diagnostics;

/// <summary>The value chosen on the questionnaire's scale for one question.</summary>
[GenerateSerializer, Immutable, Alias("ise.diagnostic-answer")]
public sealed record DiagnosticAnswer(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] int Value);
