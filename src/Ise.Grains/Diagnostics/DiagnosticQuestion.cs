namespace Ise.Diagnostics;

/// <summary>A statement answered on the scale; its weight multiplies the value chosen.</summary>
public sealed record DiagnosticQuestion(string Id, int Weight, LocalizedText Text);
