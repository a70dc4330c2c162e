namespace Ise.Diagnostics;

/// <summary>A short section of the cross-border innovation guide on one topic.</summary>
public sealed record GuideSection(string Id, LocalizedText Title, LocalizedText Summary, IReadOnlyList<LocalizedText> Paragraphs);
