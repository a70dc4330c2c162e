using Ise.Diagnostics;

namespace Ise.Grains.Tests.Diagnostics;

public sealed class DiagnosticScoringTests
{
    [Fact]
    public void A_dimension_scores_its_weighted_points_out_of_the_points_possible()
    {
        // strategy: goals (weight 2) = 4, budget (1) = 0, review (1) = 2 → 2×4 + 0 + 2 = 10 of 4×4 = 16 → 62.5 %.
        var answers = Answers.All(0);
        answers["inn-strategy-goals"] = 4;
        answers["inn-strategy-review"] = 2;

        var scores = DiagnosticScoring.Score(Answers.V1, answers);

        var strategy = scores.Dimensions.Single(d => d.DimensionId == "strategy");
        Assert.Equal((10, 16, 62.5m), (strategy.Points, strategy.MaxPoints, strategy.Percent));
    }

    [Fact]
    public void An_axis_is_the_dimension_weighted_mean_rounded_once_and_banded_from_the_rounded_value()
    {
        // innovation weights: strategy 2, processes 1, products 2, people 1, funding 1 (sum 7); only strategy full → 2/7 = 28.571… → 28.6.
        var scores = DiagnosticScoring.Score(Answers.V1, Answers.All(0, ("strategy", 4)));

        var innovation = scores.Axes.Single(a => a.AxisId == "innovation");
        Assert.Equal((28.6m, "developing"), (innovation.Percent, innovation.BandId));
        Assert.Equal((0m, "starting"), scores.Axes.Single(a => a.AxisId == "internationalisation") is var i ? (i.Percent, i.BandId) : default);
    }

    [Fact]
    public void Dimension_percentages_score_exactly_as_the_answers_that_gave_them()
    {
        // strategy 10 of 16 (62.5 %), processes 3 of 16 (18.75 % shown 18.8), the rest uneven: the percentages shown stand for those points.
        var answers = Answers.All(1, ("people-and-culture", 3), ("export-experience", 4));
        answers["inn-strategy-goals"] = 4;
        answers["inn-strategy-review"] = 2;
        answers["inn-processes-ideas"] = 3;
        var fromAnswers = DiagnosticScoring.Score(Answers.V1, answers);

        var fromPercents = DiagnosticScoring.ScoreFromPercents(Answers.V1, fromAnswers.Dimensions.ToDictionary(d => d.DimensionId, d => d.Percent));

        Assert.Equal(fromAnswers.Dimensions, fromPercents.Dimensions);
        Assert.Equal(fromAnswers.Axes, fromPercents.Axes);
    }

    [Theory]
    [InlineData(18.8, 3)]
    [InlineData(18.75, null)]
    [InlineData(33.3, null)]
    [InlineData(100, 16)]
    [InlineData(0, 0)]
    [InlineData(-6.3, null)]
    public void A_percentage_stands_for_the_points_that_show_it(double percent, int? points) =>
        Assert.Equal(points, DiagnosticScoring.PointsFor((decimal)percent, 16));

    [Theory]
    [InlineData(0, 0, "starting")]
    [InlineData(2, 50, "established")]
    [InlineData(3, 75, "leading")]
    [InlineData(4, 100, "leading")]
    public void Uniform_answers_give_uniform_percentages_and_their_band(int value, int percent, string band)
    {
        var scores = DiagnosticScoring.Score(Answers.V1, Answers.All(value));

        Assert.All(scores.Dimensions, d => Assert.Equal(percent, d.Percent));
        Assert.All(scores.Axes, a => Assert.Equal((percent, band), (a.Percent, a.BandId)));
    }

    [Theory]
    [InlineData(0, "starting")]
    [InlineData(24.9, "starting")]
    [InlineData(25, "developing")]
    [InlineData(49.9, "developing")]
    [InlineData(50, "established")]
    [InlineData(75, "leading")]
    public void Bands_start_where_the_data_says(decimal percent, string band) =>
        Assert.Equal(band, Answers.V1.BandOf(percent).Id);

    [Fact]
    public void The_weakest_dimensions_are_the_lowest_of_each_axis_ties_included()
    {
        var scores = DiagnosticScoring.Score(Answers.V1, Answers.All(3, ("processes", 1), ("digital-reach", 0), ("market-knowledge", 0)));

        Assert.Equal(["processes", "market-knowledge", "digital-reach"], DiagnosticScoring.Weakest(scores.Dimensions));
    }

    [Fact]
    public void Progress_compares_every_axis_and_dimension_with_the_previous_assessment()
    {
        var first = Assessment(Answers.All(1));
        var second = Assessment(Answers.All(1, ("export-experience", 3)));

        var progress = DiagnosticProgressRules.Between(first, second);

        var export = progress.Single(p => p.Id == "export-experience");
        Assert.Equal((25m, 75m, 50m), (export.PreviousPercent, export.Percent, export.Change));
        Assert.Equal(0m, progress.Single(p => p.Id == "strategy").Change);
        Assert.Equal(12, progress.Count);
    }

    private static DiagnosticAssessment Assessment(Dictionary<string, int> answers)
    {
        var scores = DiagnosticScoring.Score(Answers.V1, answers);
        return new DiagnosticAssessment("d1", 1, Ise.Programme.Language.English, "aditec", DateTimeOffset.UnixEpoch, [], scores.Dimensions, scores.Axes);
    }
}
