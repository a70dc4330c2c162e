using Ise.Diagnostics;
using Ise.Errors;
using Ise.Programme;
using Orleans.Core.Internal;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Diagnostics;

[Collection(ClusterCollection.Name)]
public sealed class DiagnosticDraftGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    private static string NewSme() => IseKeys.Sme(Country.NL, NewKvk());

    private IDiagnosticDraftGrain Draft(string sme, string assessor = "jan.peeters@voka.be") =>
        Grains.GetGrain<IDiagnosticDraftGrain>(IseKeys.DiagnosticDraft(sme, assessor));

    private static SaveDiagnosticDraft Save(params (string Question, int Value)[] answers) =>
        new(1, Language.French, "voka-east-flanders", [.. answers.Select(a => new DiagnosticAnswer(a.Question, a.Value))]);

    [Fact]
    public async Task A_partial_draft_is_kept_across_activations_and_replaced_by_the_next_save()
    {
        var draft = Draft(NewSme());

        var saved = await draft.SaveAsync(Save(("inn-strategy-goals", 3), ("int-market-plan", 0)));
        await draft.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var read = await draft.GetAsync();

        Assert.NotNull(read);
        Assert.Equal((1, Language.French, "voka-east-flanders"), (read.Version, read.Language, read.PartnerId));
        Assert.Equal([new DiagnosticAnswer("inn-strategy-goals", 3), new DiagnosticAnswer("int-market-plan", 0)], read.Answers);
        Assert.Equal(saved.SavedAt, read.SavedAt);

        await draft.SaveAsync(Save(("inn-strategy-goals", 4)));
        Assert.Equal([new DiagnosticAnswer("inn-strategy-goals", 4)], (await draft.GetAsync())!.Answers);
    }

    [Fact]
    public async Task Answers_off_the_questionnaire_are_refused_with_every_problem_and_the_saved_draft_stays()
    {
        var draft = Draft(NewSme());
        await draft.SaveAsync(Save(("inn-strategy-goals", 2)));

        var error = await Assert.ThrowsAsync<IseException>(() => draft.SaveAsync(
            Save(("inn-strategy-goals", 5), ("no-such-question", 1), ("int-market-plan", 1), ("int-market-plan", 2)) with { PartnerId = "acme" }));

        Assert.Equal(IseErrorCode.Validation, error.Code);
        Assert.Equal(
            [
                ("input.partnerId", "acme is not a programme partner."),
                ("input.answers[0].value", "The answer to inn-strategy-goals is 5, off the scale 0-4."),
                ("input.answers[1].questionId", "Question no-such-question is not in questionnaire version 1."),
                ("input.answers[3].questionId", "Question int-market-plan is answered more than once."),
            ],
            error.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([new DiagnosticAnswer("inn-strategy-goals", 2)], (await draft.GetAsync())!.Answers);

        var version = await Assert.ThrowsAsync<IseException>(() => draft.SaveAsync(Save() with { Version = 9 }));
        Assert.Equal("input.version", version.Field);
    }

    [Fact]
    public async Task A_draft_without_a_partner_or_answers_is_kept_and_discarding_it_twice_is_harmless()
    {
        var draft = Draft(NewSme(), "secretariat@ise.example");
        Assert.Null(await draft.GetAsync());
        Assert.False(await draft.DiscardAsync());

        await draft.SaveAsync(Save() with { PartnerId = null });
        Assert.Null((await draft.GetAsync())!.PartnerId);

        Assert.True(await draft.DiscardAsync());
        Assert.Null(await draft.GetAsync());
        Assert.False(await draft.DiscardAsync());
        await draft.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Null(await draft.GetAsync());
    }

    [Fact]
    public async Task Each_assessor_has_their_own_draft_of_an_SME()
    {
        var sme = NewSme();
        await Draft(sme, "jan.peeters@voka.be").SaveAsync(Save(("inn-strategy-goals", 1)));
        await Draft(sme, "anna.claes@voka.be").SaveAsync(Save(("inn-strategy-goals", 4)));

        Assert.Equal(1, (await Draft(sme, "jan.peeters@voka.be").GetAsync())!.Answers.Single().Value);
        Assert.Equal(4, (await Draft(sme, "anna.claes@voka.be").GetAsync())!.Answers.Single().Value);
    }
}
