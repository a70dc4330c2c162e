namespace Ise.Indicators;

/// <summary>Evidence rows of a period that match a filter, and where the next page starts (null at the end).</summary>
public sealed record IndicatorEvidencePage(IReadOnlyList<IndicatorEvidence> Rows, IndicatorEvidenceCursor? Next);
