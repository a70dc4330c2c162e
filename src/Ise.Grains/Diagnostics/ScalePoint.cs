namespace Ise.Diagnostics;

/// <summary>One point of a questionnaire's answer scale.</summary>
public sealed record ScalePoint(int Value, LocalizedText Label);
