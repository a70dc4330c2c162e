using Ise.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The diagnostic page in headless Chromium, signed in through the sign-in page: from the SME page to the
/// questionnaire, answers kept as a server-side draft across a reload, a submission with missing answers
/// refused with every problem listed and shown at its question, then the result with its radar, progress and
/// recommendations; French and Dutch, the result's recommendations and guide sections too; refused to roles and partners that may not assess the SME.
/// </summary>
public sealed class DiagnosticPageTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    private const string Submit = "mutation($smeId: ID!, $input: SubmitDiagnosticInput!) { submitDiagnostic(smeId: $smeId, input: $input) { assessmentCount } }";

    private static readonly IReadOnlyList<DiagnosticQuestion> s_questions = [.. DiagnosticCatalog.Embedded.Get(1).Questions];

    private GraphQLClient Api(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string who) =>
        chromium.OpenSignedInAsync(factory.CreateClient().BaseAddress!, path, who);

    private static ILocator Choice(IPage page, DiagnosticQuestion question, int value) =>
        page.Locator($"#q-{question.Id} input[value='{value}']");

    /// <summary>An SME led by ADITEC, assessed once already (every answer 1), so a new assessment shows progress.</summary>
    private async Task<string> AssessedOnceAsync()
    {
        var id = await TestSmes.RegisterAsync(Api(), "aditec");
        var answers = s_questions.Select(q => new { questionId = q.Id, value = 1 }).ToArray();
        await Api().DataAsync(Submit, new { smeId = id, input = new { version = 1, language = "ENGLISH", partnerId = "aditec", answers } });
        return id;
    }

    [Fact]
    public async Task A_draft_survives_a_reload_a_submission_with_missing_answers_is_refused_at_each_question_and_the_complete_one_shows_its_result()
    {
        var smeId = await AssessedOnceAsync();
        var (page, errors) = await OpenAsync($"/live/sme.html?id={smeId}&lang=en", "partner-aditec");
        await page.ClickAsync("#assess-link");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/diagnostic.html");
        await Expect(page.Locator("#draft-status")).ToHaveTextAsync("New assessment: your answers are saved as a draft as you go.");
        await Expect(page.Locator("#partner-fixed")).ToHaveTextAsync("Run by ADITEC.");
        await Expect(page.Locator("fieldset.question")).ToHaveCountAsync(s_questions.Count);
        await Expect(page.Locator($"#q-{s_questions[0].Id} legend")).ToHaveTextAsync(s_questions[0].Text.En);

        // Three answers, saved as the assessor's draft; a reload (as on another device) finds them.
        for (var i = 0; i < 3; i++)
        {
            await Choice(page, s_questions[i], 3).CheckAsync();
        }

        await page.ClickAsync("#save-draft");
        await Expect(page.Locator("#draft-status")).ToContainTextAsync("Draft saved");
        await Expect(page.Locator("#answered-count")).ToHaveTextAsync($"3 of {s_questions.Count} questions answered.");
        await page.ReloadAsync();
        await Expect(page.Locator("#draft-status")).ToContainTextAsync("Your draft saved");
        for (var i = 0; i < 3; i++)
        {
            await Expect(Choice(page, s_questions[i], 3)).ToBeCheckedAsync();
        }

        await Expect(Choice(page, s_questions[3], 3)).Not.ToBeCheckedAsync();

        // Everything but two questions: refused, both listed and each shown at its question; nothing recorded.
        var missing = new[] { s_questions[4], s_questions[^1] };
        foreach (var question in s_questions.Skip(3).Except(missing))
        {
            await Choice(page, question, 3).CheckAsync();
        }

        await page.ClickAsync("#submit");
        await Expect(page.Locator("#problems-title")).ToHaveTextAsync("2 problems: nothing was recorded.");
        await Expect(page.Locator("#problem-list li")).ToHaveCountAsync(2);
        foreach (var question in missing)
        {
            await Expect(page.Locator($"#q-{question.Id}")).ToHaveClassAsync("question invalid");
            await Expect(page.Locator($"#q-{question.Id}-error")).ToHaveTextAsync("Not answered.");
            await Expect(page.Locator($"#problem-list a[href='#q-{question.Id}']")).ToHaveTextAsync(question.Text.En);
        }

        await Expect(page.Locator("fieldset.question.invalid")).ToHaveCountAsync(2);
        await Expect(page.Locator("#problems")).ToBeFocusedAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "diagnostic-refused");
        var sme = (await Api().DataAsync("query($id: ID!) { sme(id: $id) { diagnostics { assessmentCount } } }", new { id = smeId }))["sme"]!;
        Assert.Equal(1, sme["diagnostics"]!["assessmentCount"]!.GetValue<int>());

        // The missing answers: the question's problem goes at once; the submission is recorded.
        await Choice(page, missing[0], 4).CheckAsync();
        await Expect(page.Locator($"#q-{missing[0].Id}-error")).ToHaveTextAsync("");
        await Choice(page, missing[1], 4).CheckAsync();
        await page.ClickAsync("#submit");
        await Expect(page.Locator("#recorded")).ToHaveTextAsync("The assessment is recorded.");
        await Expect(page.Locator("#questionnaire")).ToBeHiddenAsync();
        await Expect(page.Locator("#diagnostic-when")).ToContainTextAsync("Latest of 2 assessments");
        await Expect(page.Locator("#axes .card")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#radar svg polygon.series")).ToHaveCountAsync(2);
        await Expect(page.Locator("#progress-rows tr").First.Locator("td.change")).ToHaveAttributeAsync("data-direction", "1");
        await Expect(page.Locator("#recommendations > li")).Not.ToHaveCountAsync(0);
        var guideLink = page.Locator("#recommendations ul.guide-links a").First;
        var target = (await guideLink.GetAttributeAsync("href"))!;
        await Expect(page.Locator(target + " h4")).Not.ToBeEmptyAsync();
        Assert.Contains("view=result", page.Url, StringComparison.Ordinal);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "diagnostic-result");

        // The submission discarded the draft: a new assessment starts empty; the result reads again after a reload.
        await page.ReloadAsync();
        await Expect(page.Locator("#radar svg polygon.series")).ToHaveCountAsync(2);
        await page.GotoAsync($"/live/diagnostic.html?sme={smeId}&lang=en");
        await Expect(page.Locator("#draft-status")).ToHaveTextAsync("New assessment: your answers are saved as a draft as you go.");
        await Expect(page.Locator("#questions input:checked")).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("fr", "FRENCH", "Recommandations", "Extraits du guide de l’innovation transfrontalière", "Guide : ")]
    [InlineData("nl", "DUTCH", "Aanbevelingen", "Uit de gids voor grensoverschrijdende innovatie", "Gids: ")]
    public async Task The_result_shows_the_recommendations_and_guide_sections_in_the_pages_language(
        string lang, string language, string recommendations, string guide, string guideLink)
    {
        var smeId = await AssessedOnceAsync();
        var inLanguage = (await Api().DataAsync("query($id: ID!, $language: Language) { sme(id: $id) { diagnostics(language: $language) { recommendations { text guideSections { title } } } } }",
            new { id = smeId, language }))["sme"]!["diagnostics"]!["recommendations"]!.AsArray();
        var first = inLanguage.First(r => r!["guideSections"]!.AsArray().Count > 0)!;
        var section = first["guideSections"]![0]!["title"]!.GetValue<string>();

        var (page, errors) = await OpenAsync($"/live/diagnostic.html?sme={smeId}&view=result&lang={lang}", "partner-aditec");
        await Expect(page.Locator("#recommendations > li")).ToHaveCountAsync(inLanguage.Count);
        await Expect(page.Locator("#recommendations")).ToContainTextAsync(first["text"]!.GetValue<string>());
        await Expect(page.Locator("#recommendations ul.guide-links a").Filter(new LocatorFilterOptions { HasText = section }).First).ToHaveTextAsync(guideLink + section);
        await Expect(page.Locator("h3").Filter(new LocatorFilterOptions { HasText = recommendations })).ToHaveCountAsync(1);
        await Expect(page.Locator("#guide-title")).ToHaveTextAsync(guide);
        await Expect(page.Locator("#guide-sections h4").Filter(new LocatorFilterOptions { HasText = section })).ToHaveCountAsync(1);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "diagnostic-result-" + lang);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_questionnaire_speaks_French_and_Dutch_and_is_refused_to_a_member_and_to_a_partner_that_never_served_the_SME()
    {
        var smeId = await TestSmes.RegisterAsync(Api(), "aditec");
        var (french, frenchErrors) = await OpenAsync($"/live/diagnostic.html?sme={smeId}&lang=fr", "secretariat");
        await Expect(french.Locator("#diagnostic-title")).ToContainTextAsync("Diagnostic : ");
        await Expect(french.Locator($"#q-{s_questions[0].Id} legend")).ToHaveTextAsync(s_questions[0].Text.Fr);
        await Expect(french.Locator("#submit")).ToHaveTextAsync("Envoyer le diagnostic");
        await Expect(french.Locator("label[for=partner]")).ToHaveTextAsync("Partenaire qui réalise le diagnostic");

        // The secretariat names the partner; without one the submission is refused at that field, in French.
        await Choice(french, s_questions[0], 2).CheckAsync();
        await french.ClickAsync("#submit");
        await Expect(french.Locator("#partner-error")).ToHaveTextAsync("Choisissez le partenaire qui réalise le diagnostic.");
        await Expect(french.Locator("#partner")).ToHaveAttributeAsync("aria-invalid", "true");
        await AccessibilityCheck.AssertNoViolationsAsync(french);
        await HeadlessChromium.ScreenshotAsync(french, "diagnostic-fr");

        // An answer off the scale (a page older than the questionnaire, say): refused, in French, at its question
        // and by the draft too.
        await french.SelectOptionAsync("#partner", "aditec");
        var offScale = await Choice(french, s_questions[1], 2).ElementHandleAsync();
        await offScale.EvaluateAsync("input => { input.value = '7'; }");
        await offScale.CheckAsync();
        await Expect(french.Locator("#draft-status")).ToHaveTextAsync("Le brouillon n’a pas pu être enregistré : VALIDATION: Hors de l’échelle : répondez de 0 à 4.");
        await french.ClickAsync("#submit");
        await Expect(french.Locator($"#q-{s_questions[1].Id}-error")).ToHaveTextAsync("Hors de l’échelle : répondez de 0 à 4.");
        await Expect(french.Locator($"#q-{s_questions[2].Id}-error")).ToHaveTextAsync("Sans réponse.");
        await Expect(french.Locator("#problem-list")).Not.ToContainTextAsync("off the scale");
        Assert.Empty(frenchErrors);

        var (dutch, dutchErrors) = await OpenAsync($"/live/diagnostic.html?sme={smeId}&lang=nl", "partner-aditec");
        await Expect(dutch.Locator($"#q-{s_questions[1].Id} legend")).ToHaveTextAsync(s_questions[1].Text.Nl);
        await Expect(dutch.Locator("#submit")).ToHaveTextAsync("Diagnose indienen");
        await Expect(dutch.Locator("#draft-status")).ToHaveTextAsync("Nieuwe diagnose: uw antwoorden worden gaandeweg als concept opgeslagen.");
        await HeadlessChromium.ScreenshotAsync(dutch, "diagnostic-nl");
        Assert.Empty(dutchErrors);

        var (member, memberErrors) = await OpenAsync("/live/diagnostic.html?sme=BE-0403170701&lang=en", "member-gentse-sensoren");
        await Expect(member.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN: this page is not for cluster members.");
        await Expect(member.Locator("#app")).ToBeHiddenAsync();
        Assert.Empty(memberErrors);

        var (other, otherErrors) = await OpenAsync($"/live/diagnostic.html?sme={smeId}&lang=en", "partner-kcc");
        await Expect(other.Locator("#refused-problem")).ToContainTextAsync("FORBIDDEN");
        await Expect(other.Locator("#questionnaire")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(other, "diagnostic-refused-other-partner");
        Assert.Empty(otherErrors);
    }
}
