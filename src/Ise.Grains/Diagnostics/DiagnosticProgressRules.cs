namespace Ise.Diagnostics;

/// <summary>
/// Progress between two assessments: for every axis and dimension both have (the same id in both
/// questionnaire versions), the earlier and later percentage and the change in percentage points.
/// </summary>
public static class DiagnosticProgressRules
{
    public static IReadOnlyList<DimensionProgress> Between(DiagnosticAssessment previous, DiagnosticAssessment latest)
    {
        var before = DiagnosticPercentages.ById(previous);
        return [.. DiagnosticPercentages.Of(latest)
            .Where(p => before.ContainsKey(p.Id))
            .Select(p => new DimensionProgress(p.Id, before[p.Id], p.Percent, p.Percent - before[p.Id]))];
    }
}
