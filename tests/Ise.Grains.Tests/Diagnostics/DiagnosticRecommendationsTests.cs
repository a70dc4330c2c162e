using Ise.Diagnostics;
using Ise.Programme;

namespace Ise.Grains.Tests.Diagnostics;

public sealed class DiagnosticRecommendationsTests
{
    [Fact]
    public void A_low_export_score_recommends_a_cross_border_event_and_says_why_with_the_numbers()
    {
        // export experience at 1 of 4 everywhere → 25 %; everything else at 3 → 75 %.
        var recommendations = For(Answers.All(3, ("export-experience", 1)), Language.English);

        var export = Assert.Single(recommendations, r => r.RuleId == "export-first-steps");
        Assert.Equal(ActivityKind.CrossBorderEvent, export.Activity);
        Assert.Equal("Because your export experience score is 25% (below 40%).", export.Because);
        Assert.Equal(["uk-eu-trade-rules", "working-with-partners-abroad"], export.GuideSectionIds);
        Assert.StartsWith("Take part in a cross-border event", export.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommendations_come_in_the_language_asked_for_with_its_number_format()
    {
        var answers = Answers.All(3, ("export-experience", 1));
        answers["int-export-share"] = 2; // export: (2×1 + 2 + 1) / 16 = 31.25 % → 31.3 %

        var french = Assert.Single(For(answers, Language.French), r => r.RuleId == "export-first-steps");
        var dutch = Assert.Single(For(answers, Language.Dutch), r => r.RuleId == "export-first-steps");

        Assert.Equal("Parce que votre score « expérience à l'export » est de 31,3 % (sous les 40 %).", french.Because);
        Assert.Equal("Omdat uw score voor exportervaring 31,3% is (onder 40%).", dutch.Because);
        Assert.StartsWith("Participez à un événement transfrontalier", french.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_two_conditions_states_both()
    {
        var recommendations = For(Answers.All(3), Language.English);

        var scale = Assert.Single(recommendations);
        Assert.Equal(("ready-to-scale", ActivityKind.MajorInnovationEvent), (scale.RuleId, scale.Activity));
        Assert.Equal("Because your innovation score is 75% (at least 50%) and your internationalisation score is 75% (at least 50%).", scale.Because);
    }

    [Fact]
    public void A_starting_firm_gets_first_steps_for_every_weak_area_in_the_questionnaire_order()
    {
        var ids = For(Answers.All(0), Language.English).Select(r => r.RuleId).ToList();

        Assert.Equal(
            ["innovation-first-steps", "innovation-strategy", "innovation-products", "innovation-funding", "export-first-steps",
             "market-knowledge", "cross-border-partners", "capacity-and-languages", "digital-reach"],
            ids);
    }

    private static IReadOnlyList<DiagnosticRecommendation> For(Dictionary<string, int> answers, Language language)
    {
        var scores = DiagnosticScoring.Score(Answers.V1, answers);
        var assessment = new DiagnosticAssessment("d1", 1, language, "aditec", DateTimeOffset.UnixEpoch, [], scores.Dimensions, scores.Axes);
        return DiagnosticRecommendations.For(Answers.V1, DiagnosticPercentages.ById(assessment), language);
    }
}
