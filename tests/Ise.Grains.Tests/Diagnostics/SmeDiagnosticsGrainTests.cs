using Ise.Diagnostics;
using Ise.Errors;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Diagnostics;

[Collection(ClusterCollection.Name)]
public sealed class SmeDiagnosticsGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task A_submitted_assessment_is_scored_and_recorded_in_the_journey_with_the_partner_who_ran_it()
    {
        var sme = (await RegisterDutchSmeAsync(Grains)).SmeId;

        var result = await Grains.GetGrain<ISmeDiagnosticsGrain>(sme).SubmitDiagnosticAsync(
            Answers.Submission(Answers.All(3, ("export-experience", 1), ("processes", 2)), partner: "voka-east-flanders", language: Language.Dutch));

        Assert.Equal((1, 1, Language.Dutch), (result.Latest.Version, result.AssessmentCount, result.Language));
        Assert.Equal(25m, result.Latest.Dimensions.Single(d => d.DimensionId == "export-experience").Percent);
        Assert.Equal(["processes", "export-experience"], result.WeakestDimensionIds);
        Assert.Contains(result.Recommendations, r => r.RuleId == "export-first-steps" && r.Because == "Omdat uw score voor exportervaring 25% is (onder 40%).");
        Assert.Empty(result.Progress);

        var smeGrain = Grains.GetGrain<ISmeGrain>(sme);
        var entry = Assert.Single(await smeGrain.GetJourneyAsync(), e => e.Kind == JourneyEntryKind.Diagnostic);
        Assert.Equal(("voka-east-flanders", ActivityKind.DiagnosticAssessment, "d1"), (entry.PartnerId, entry.Activity, entry.Reference));
        var view = await smeGrain.GetAsync();
        Assert.Equal(SmeStage.Assessed, view.Stage.Stage);
        Assert.Contains("voka-east-flanders", view.ServingPartnerIds);
    }

    [Fact]
    public async Task A_refused_assessment_lists_every_problem_and_changes_nothing()
    {
        var sme = (await RegisterDutchSmeAsync(Grains)).SmeId;
        var answers = Answers.All(2);
        answers.Remove("inn-people-time");
        answers["int-market-plan"] = -1;

        var error = await Assert.ThrowsAsync<IseException>(() =>
            Grains.GetGrain<ISmeDiagnosticsGrain>(sme).SubmitDiagnosticAsync(Answers.Submission(answers, partner: "nobody")));

        Assert.Equal(IseErrorCode.Validation, error.Code);
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("3 problems", error.Message, StringComparison.Ordinal);
        Assert.Null(await Grains.GetGrain<ISmeDiagnosticsGrain>(sme).GetDiagnosticsAsync(null));
        var journey = await Grains.GetGrain<ISmeGrain>(sme).GetJourneyAsync();
        Assert.DoesNotContain(journey, e => e.Kind == JourneyEntryKind.Diagnostic);
        Assert.Equal(SmeStage.Aware, (await Grains.GetGrain<ISmeGrain>(sme).GetAsync()).Stage.Stage);
    }

    [Fact]
    public async Task An_unregistered_sme_cannot_be_assessed()
    {
        var error = await Assert.ThrowsAsync<IseException>(() =>
            Grains.GetGrain<ISmeDiagnosticsGrain>(IseKeys.Sme(Country.NL, NewKvk())).SubmitDiagnosticAsync(Answers.Submission(Answers.All(2))));

        Assert.Equal(IseErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task A_repeat_assessment_shows_progress_per_dimension_against_the_previous_one()
    {
        var sme = Grains.GetGrain<ISmeDiagnosticsGrain>((await RegisterDutchSmeAsync(Grains)).SmeId);
        await sme.SubmitDiagnosticAsync(Answers.Submission(Answers.All(1)));

        var second = await sme.SubmitDiagnosticAsync(Answers.Submission(Answers.All(1, ("export-experience", 3), ("strategy", 2)), partner: "aditec", language: Language.French));

        Assert.Equal(2, second.AssessmentCount);
        Assert.Equal("d1", second.Previous!.Id);
        Assert.Equal((25m, 75m, 50m), second.Progress.Single(p => p.Id == "export-experience") is var e ? (e.PreviousPercent, e.Percent, e.Change) : default);
        Assert.Equal(25m, second.Progress.Single(p => p.Id == "strategy").Change);
        Assert.Equal(0m, second.Progress.Single(p => p.Id == "digital-reach").Change);
        Assert.All(second.Recommendations, r => Assert.StartsWith("Parce que", r.Because, StringComparison.Ordinal));
        var english = await sme.GetDiagnosticsAsync(Language.English);
        Assert.All(english!.Recommendations, r => Assert.StartsWith("Because", r.Because, StringComparison.Ordinal));
        Assert.Equal(2, (await Grains.GetGrain<ISmeGrain>(sme.GetPrimaryKeyString()).GetJourneyAsync()).Count(j => j.Kind == JourneyEntryKind.Diagnostic));
    }

    [Fact]
    public async Task An_assessment_loaded_from_history_after_a_newer_one_is_not_the_latest_and_progress_runs_in_the_order_they_were_made()
    {
        var sme = Grains.GetGrain<ISmeDiagnosticsGrain>((await RegisterDutchSmeAsync(Grains)).SmeId);
        await sme.SubmitDiagnosticAsync(Answers.Submission(Answers.All(3)));

        var afterHistory = await sme.SubmitDiagnosticAsync(Answers.Submission(Answers.All(1)) with { OccurredOn = new DateOnly(2019, 3, 1) });

        Assert.Equal(2, afterHistory.AssessmentCount);
        Assert.Equal(("d1", "d2"), (afterHistory.Latest.Id, afterHistory.Previous!.Id));
        Assert.Equal((25m, 75m, 50m), afterHistory.Progress.Single(p => p.Id == "strategy") is var s ? (s.PreviousPercent, s.Percent, s.Change) : default);
        Assert.Equal("d1", (await sme.GetDiagnosticsAsync(null))!.Latest.Id);
        Assert.Equal(2, (await Grains.GetGrain<ISmeGrain>(sme.GetPrimaryKeyString()).GetJourneyAsync()).Count(j => j.Kind == JourneyEntryKind.Diagnostic));
    }

    /// <summary>
    /// Only this test assesses SMEs of Kent or of the food and drink sector, so it knows every member
    /// of those two peer groups.
    /// </summary>
    [Fact]
    public async Task Peer_medians_by_sector_and_region_follow_every_assessment_and_a_repeat_replaces_the_first()
    {
        var values = new[] { 0, 1, 2, 4 };
        var smes = new List<ISmeDiagnosticsGrain>();
        foreach (var value in values)
        {
            var number = NewKvk();
            var id = IseKeys.Sme(Country.GB, number);
            await Grains.GetGrain<ISmeGrain>(id).RegisterAsync(DutchFirm(number, "kent-county-council") with
            {
                Country = Country.GB, Region = Region.Kent, Sector = Sector.FoodAndDrink,
            });
            var sme = Grains.GetGrain<ISmeDiagnosticsGrain>(id);
            await sme.SubmitDiagnosticAsync(Answers.Submission(Answers.All(value), partner: "kent-county-council"));
            smes.Add(sme);
        }

        // 0, 25, 50, 100 → median (25 + 50) / 2 = 37.5; then the first SME is reassessed at 3 (75): 25, 50, 75, 100 → 62.5.
        var sector = Grains.GetGrain<IDiagnosticPeerGroupGrain>(IseKeys.DiagnosticPeerGroup(1, PeerGroupKind.Sector, "food-and-drink"));
        var region = Grains.GetGrain<IDiagnosticPeerGroupGrain>(IseKeys.DiagnosticPeerGroup(1, PeerGroupKind.Region, "kent"));
        await Eventually.TrueAsync(async () => (await sector.GetMediansAsync()).AssessedSmes == 4 && (await region.GetMediansAsync()).AssessedSmes == 4,
            TimeSpan.FromSeconds(10), "both peer groups counted the four SMEs");
        Assert.Equal(37.5m, (await sector.GetMediansAsync()).Medians["innovation"]);
        Assert.Equal(37.5m, (await region.GetMediansAsync()).Medians["export-experience"]);

        await smes[0].SubmitDiagnosticAsync(Answers.Submission(Answers.All(3), partner: "kent-county-council"));

        await Eventually.TrueAsync(async () => (await sector.GetMediansAsync()).Medians["innovation"] == 62.5m && (await region.GetMediansAsync()).Medians["digital-reach"] == 62.5m,
            TimeSpan.FromSeconds(10), "the repeat assessment replaced the first one's scores");
        Assert.Equal(4, (await sector.GetMediansAsync()).AssessedSmes);
    }
}
