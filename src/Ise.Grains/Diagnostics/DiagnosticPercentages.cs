namespace Ise.Diagnostics;

/// <summary>An assessment's axis and dimension percentages by id: what rules test, progress compares and peers count.</summary>
public static class DiagnosticPercentages
{
    /// <summary>Axes first, then dimensions, in questionnaire order.</summary>
    public static IEnumerable<(string Id, decimal Percent)> Of(DiagnosticAssessment assessment) =>
        assessment.Axes.Select(a => (a.AxisId, a.Percent)).Concat(assessment.Dimensions.Select(d => (d.DimensionId, d.Percent)));

    public static Dictionary<string, decimal> ById(DiagnosticAssessment assessment) =>
        Of(assessment).ToDictionary(p => p.Id, p => p.Percent, StringComparer.Ordinal);

    /// <summary>In tenths of a percent, as peer groups count them.</summary>
    public static Dictionary<string, int> InTenths(DiagnosticAssessment assessment) =>
        Of(assessment).ToDictionary(p => p.Id, p => (int)(p.Percent * 10m), StringComparer.Ordinal);
}
