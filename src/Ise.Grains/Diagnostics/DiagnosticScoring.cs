namespace Ise.Diagnostics;

/// <summary>
/// Scores a complete set of answers, exactly and explainably. A dimension scores the points earned
/// (question weight × value chosen) out of the points possible (question weight × top of the scale).
/// An axis scores the mean of its dimensions' exact shares, weighted by dimension weight. Percentages
/// are rounded to one decimal (half away from zero) once, at the end; a band is taken from the
/// rounded axis percentage, so what is shown and the band agree. The weakest dimensions of an axis
/// are those with its lowest percentage.
/// </summary>
public static class DiagnosticScoring
{
    public static DiagnosticScores Score(Questionnaire questionnaire, IReadOnlyDictionary<string, int> answers)
    {
        var dimensions = new List<DimensionScore>();
        var axes = new List<AxisScore>();
        foreach (var axis in questionnaire.Axes)
        {
            var weightedShares = 0m;
            var weights = 0;
            foreach (var dimension in axis.Dimensions)
            {
                var points = dimension.Questions.Sum(q => q.Weight * answers[q.Id]);
                var maxPoints = dimension.Questions.Sum(q => q.Weight * questionnaire.MaxValue);
                dimensions.Add(new DimensionScore(axis.Id, dimension.Id, points, maxPoints, Percent((decimal)points / maxPoints)));
                weightedShares += dimension.Weight * ((decimal)points / maxPoints);
                weights += dimension.Weight;
            }

            var percent = Percent(weightedShares / weights);
            axes.Add(new AxisScore(axis.Id, percent, questionnaire.BandOf(percent).Id));
        }

        return new DiagnosticScores(dimensions, axes);
    }

    /// <summary>Per axis, the dimensions with the axis's lowest percentage, in questionnaire order.</summary>
    public static IReadOnlyList<string> Weakest(IReadOnlyList<DimensionScore> dimensions) =>
        [.. dimensions.GroupBy(d => d.AxisId).SelectMany(axis =>
        {
            var lowest = axis.Min(d => d.Percent);
            return axis.Where(d => d.Percent == lowest).Select(d => d.DimensionId);
        })];

    private static decimal Percent(decimal share) => Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero);
}
