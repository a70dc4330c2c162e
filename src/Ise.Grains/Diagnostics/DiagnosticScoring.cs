namespace Ise.Diagnostics;

/// <summary>
/// Scores a complete set of answers, exactly and explainably. A dimension scores the points earned
/// (question weight × value chosen) out of the points possible (question weight × top of the scale).
/// An axis scores the mean of its dimensions' exact shares, weighted by dimension weight. Percentages
/// are rounded to one decimal (half away from zero) once, at the end; a band is taken from the
/// rounded axis percentage, so what is shown and the band agree. The weakest dimensions of an axis
/// are those with its lowest percentage. An assessment of which only the dimension percentages were kept
/// is scored from the points each percentage stands for (<see cref="PointsFor"/>), so it scores exactly as its answers did.
/// </summary>
public static class DiagnosticScoring
{
    public static DiagnosticScores Score(Questionnaire questionnaire, IReadOnlyDictionary<string, int> answers) =>
        ScorePoints(questionnaire, dimension => dimension.Questions.Sum(q => q.Weight * answers[q.Id]));

    /// <summary>Scores dimension percentages that <see cref="PointsFor"/> accepts, one per dimension of the questionnaire.</summary>
    public static DiagnosticScores ScoreFromPercents(Questionnaire questionnaire, IReadOnlyDictionary<string, decimal> dimensionPercents) =>
        ScorePoints(questionnaire, dimension => PointsFor(dimensionPercents[dimension.Id], questionnaire.MaxPointsOf(dimension))
            ?? throw new ArgumentException($"{dimensionPercents[dimension.Id]}% is not a score of dimension {dimension.Id}", nameof(dimensionPercents)));

    /// <summary>The points out of <paramref name="maxPoints"/> whose share is shown as <paramref name="percent"/>, or null when no points are.</summary>
    public static int? PointsFor(decimal percent, int maxPoints)
    {
        for (var points = 0; points <= maxPoints; points++)
        {
            if (PercentOf(points, maxPoints) == percent)
            {
                return points;
            }
        }

        return null;
    }

    /// <summary>The share of <paramref name="points"/> out of <paramref name="maxPoints"/> as a percentage, as a dimension's score shows it.</summary>
    public static decimal PercentOf(int points, int maxPoints) => Percent((decimal)points / maxPoints);

    /// <summary>Per axis, the dimensions with the axis's lowest percentage, in questionnaire order.</summary>
    public static IReadOnlyList<string> Weakest(IReadOnlyList<DimensionScore> dimensions) =>
        [.. dimensions.GroupBy(d => d.AxisId).SelectMany(axis =>
        {
            var lowest = axis.Min(d => d.Percent);
            return axis.Where(d => d.Percent == lowest).Select(d => d.DimensionId);
        })];

    private static DiagnosticScores ScorePoints(Questionnaire questionnaire, Func<DiagnosticDimension, int> pointsOf)
    {
        var dimensions = new List<DimensionScore>();
        var axes = new List<AxisScore>();
        foreach (var axis in questionnaire.Axes)
        {
            var weightedShares = 0m;
            var weights = 0;
            foreach (var dimension in axis.Dimensions)
            {
                var points = pointsOf(dimension);
                var maxPoints = questionnaire.MaxPointsOf(dimension);
                dimensions.Add(new DimensionScore(axis.Id, dimension.Id, points, maxPoints, PercentOf(points, maxPoints)));
                weightedShares += dimension.Weight * ((decimal)points / maxPoints);
                weights += dimension.Weight;
            }

            var percent = Percent(weightedShares / weights);
            axes.Add(new AxisScore(axis.Id, percent, questionnaire.BandOf(percent).Id));
        }

        return new DiagnosticScores(dimensions, axes);
    }

    private static decimal Percent(decimal share) => Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero);
}
