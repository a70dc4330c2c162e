using System.Text.Json.Nodes;
using Ise.Diagnostics;

namespace Ise.Gateway.Tests.GraphQL;

public sealed class DiagnosticApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Submit = """
        mutation($smeId: ID!, $input: SubmitDiagnosticInput!) {
          submitDiagnostic(smeId: $smeId, input: $input) {
            assessmentCount language
            latest { partnerId questionnaireVersion axes { axisId name percent band { id name } } }
            weakestDimensions { dimensionId name percent }
            recommendations { ruleId activity text because guideSections { id title } upcomingEvents { id kind } cluster { sector } }
            progress { id change }
          }
        }
        """;

    private GraphQLClient Client(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    [Fact]
    public async Task The_questionnaire_and_the_guide_are_served_in_french_and_dutch()
    {
        var french = await Client("dev-partner-aditec").DataAsync(
            "{ diagnosticQuestionnaire(language: FRENCH) { version title scale { value label } axes { id name dimensions { id name weight questions { id text weight } } } rules { id activity conditions { target targetName below atLeast } } } }");
        var dutch = await Client("dev-member-gentse-sensoren").DataAsync("{ guide(language: DUTCH) { title sections { id title summary paragraphs } } }");

        var questionnaire = french["diagnosticQuestionnaire"]!;
        Assert.Equal(1, questionnaire["version"]!.GetValue<int>());
        Assert.Equal("Pas du tout", questionnaire["scale"]![0]!["label"]!.GetValue<string>());
        var export = questionnaire["axes"]![1]!["dimensions"]![0]!;
        Assert.Equal(("Expérience à l'export", 2), (export["name"]!.GetValue<string>(), export["weight"]!.GetValue<int>()));
        Assert.Equal("Nous vendons déjà à des clients dans un autre pays.", export["questions"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(30, questionnaire["axes"]!.AsArray().Sum(a => a!["dimensions"]!.AsArray().Sum(d => d!["questions"]!.AsArray().Count)));
        var guide = dutch["guide"]!;
        Assert.Equal("Gids voor grensoverschrijdende innovatie", guide["title"]!.GetValue<string>());
        Assert.Contains(guide["sections"]!.AsArray(), s => s!["id"]!.GetValue<string>() == "uk-eu-trade-rules" && s["title"]!.GetValue<string>() == "Handelsregels tussen het VK en de EU");
    }

    [Fact]
    public async Task An_assessment_submitted_by_partner_staff_is_read_back_with_scores_recommendations_links_and_peers()
    {
        var smeId = await RegisterAsync("aditec");
        var answers = AllAnswers(3);

        var submitted = (await Client("dev-partner-aditec").DataAsync(Submit, new { smeId, input = new { version = 1, language = "FRENCH", answers } }))["submitDiagnostic"]!;

        Assert.Equal(("aditec", "FRENCH"), (submitted["latest"]!["partnerId"]!.GetValue<string>(), submitted["language"]!.GetValue<string>()));
        var innovation = submitted["latest"]!["axes"]![0]!;
        Assert.Equal((75m, "leading", "Avancé"), (innovation["percent"]!.GetValue<decimal>(), innovation["band"]!["id"]!.GetValue<string>(), innovation["band"]!["name"]!.GetValue<string>()));
        var recommendation = Assert.Single(submitted["recommendations"]!.AsArray())!;
        Assert.Equal(("ready-to-scale", "MAJOR_INNOVATION_EVENT"), (recommendation["ruleId"]!.GetValue<string>(), recommendation["activity"]!.GetValue<string>()));
        Assert.Equal("Parce que votre score « innovation » est de 75 % (au moins 50 %) et votre score « internationalisation » est de 75 % (au moins 50 %).", recommendation["because"]!.GetValue<string>());
        Assert.Contains(recommendation["upcomingEvents"]!.AsArray(), e => e!["id"]!.GetValue<string>() == "ev-demo-major");
        Assert.Equal("Financer l'innovation", recommendation["guideSections"]![1]!["title"]!.GetValue<string>());

        const string read = """
            query($id: ID!) { sme(id: $id) { stage { stage } journey(first: 5) { edges { node { kind } } }
              diagnostics(language: ENGLISH) { language recommendations { because } peers { kind group assessedSmes scores { id own median } } } } }
            """;
        var sme = (await Client().DataAsync(read, new { id = smeId }))["sme"]!;
        Assert.Equal("ASSESSED", sme["stage"]!["stage"]!.GetValue<string>());
        Assert.Contains(sme["journey"]!["edges"]!.AsArray(), e => e!["node"]!["kind"]!.GetValue<string>() == "DIAGNOSTIC");
        Assert.StartsWith("Because your innovation score is 75%", sme["diagnostics"]!["recommendations"]![0]!["because"]!.GetValue<string>(), StringComparison.Ordinal);
        var peers = sme["diagnostics"]!["peers"]!.AsArray();
        Assert.Equal(["SECTOR", "REGION"], peers.Select(p => p!["kind"]!.GetValue<string>()));
        Assert.Equal("mechatronics", peers[0]!["group"]!.GetValue<string>());
        Assert.Equal(12, peers[0]!["scores"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_repeat_assessment_shows_progress_and_links_a_weak_partnership_score_to_the_sector_cluster()
    {
        var smeId = await RegisterAsync("aditec");
        await Client().DataAsync(Submit, new { smeId, input = new { version = 1, language = "ENGLISH", partnerId = "aditec", answers = AllAnswers(0) } });

        var second = (await Client().DataAsync(Submit, new { smeId, input = new { version = 1, language = "ENGLISH", partnerId = "aditec", answers = AllAnswers(1) } }))["submitDiagnostic"]!;

        Assert.Equal(2, second["assessmentCount"]!.GetValue<int>());
        Assert.All(second["progress"]!.AsArray(), p => Assert.Equal(25m, p!["change"]!.GetValue<decimal>()));
        var cluster = Assert.Single(second["recommendations"]!.AsArray(), r => r!["ruleId"]!.GetValue<string>() == "cross-border-partners")!;
        Assert.Equal("MECHATRONICS", cluster["cluster"]!["sector"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retried_submission_with_the_same_idempotency_key_records_one_assessment()
    {
        var smeId = await RegisterAsync("aditec");
        const string Retried = """
            mutation($smeId: ID!, $input: SubmitDiagnosticInput!, $key: String) {
              submitDiagnostic(smeId: $smeId, input: $input, idempotencyKey: $key) { assessmentCount }
            }
            """;
        var input = new { version = 1, language = "ENGLISH", partnerId = "aditec", answers = AllAnswers(2) };

        var first = (await Client().DataAsync(Retried, new { smeId, input, key = "visit-2026-11-28" }))["submitDiagnostic"]!;
        var retry = (await Client().DataAsync(Retried, new { smeId, input, key = "visit-2026-11-28" }))["submitDiagnostic"]!;
        var another = (await Client().DataAsync(Retried, new { smeId, input, key = "visit-2026-12-05" }))["submitDiagnostic"]!;

        Assert.Equal(1, first["assessmentCount"]!.GetValue<int>());
        Assert.Equal(1, retry["assessmentCount"]!.GetValue<int>());
        Assert.Equal(2, another["assessmentCount"]!.GetValue<int>());
        var journey = (await Client().DataAsync("query($id: ID!) { sme(id: $id) { journey(first: 50) { edges { node { kind } } } } }", new { id = smeId }))["sme"]!;
        Assert.Equal(2, journey["journey"]!["edges"]!.AsArray().Count(e => e!["node"]!["kind"]!.GetValue<string>() == "DIAGNOSTIC"));
    }

    [Fact]
    public async Task Invalid_answers_are_refused_with_every_problem_and_nothing_is_recorded()
    {
        var smeId = await RegisterAsync("aditec");
        var answers = AllAnswers(2).Skip(1).Append(new { questionId = "int-export-sales", value = 9 }).ToArray();

        var (_, body) = await Client().SendAsync(Submit, new { smeId, input = new { version = 1, language = "DUTCH", partnerId = "aditec", answers } });

        var error = body["errors"]![0]!;
        Assert.Equal("VALIDATION", error["extensions"]!["code"]!.GetValue<string>());
        var problems = error["extensions"]!["problems"]!.AsArray().Select(p => p!["message"]!.GetValue<string>()).ToList();
        Assert.Contains("Question int-export-sales is answered more than once.", problems);
        Assert.Contains("Question inn-strategy-goals is not answered.", problems);
        var sme = (await Client().DataAsync("query($id: ID!) { sme(id: $id) { stage { stage } diagnostics { assessmentCount } } }", new { id = smeId }))["sme"]!;
        Assert.Null(sme["diagnostics"]);
        Assert.Equal("AWARE", sme["stage"]!["stage"]!.GetValue<string>());

        var (code, field, _) = await Client().ErrorAsync(Submit, new { smeId, input = new { version = 9, language = "DUTCH", partnerId = "aditec", answers = AllAnswers(2) } });
        Assert.Equal(("VALIDATION", "input.version"), (code, field));
    }

    [Fact]
    public async Task Only_the_secretariat_and_staff_of_a_partner_that_served_the_sme_may_submit_and_only_for_their_partner()
    {
        var smeId = await RegisterAsync("aditec");
        var input = new { version = 1, language = "ENGLISH", answers = AllAnswers(2) };

        var (otherPartner, _, _) = await Client("dev-partner-kcc").ErrorAsync(Submit, new { smeId, input });
        var (member, _, _) = await Client("dev-member-gentse-sensoren").ErrorAsync(Submit, new { smeId = "BE-0403170701", input });
        var (forAnother, _, _) = await Client("dev-partner-aditec").ErrorAsync(Submit, new { smeId, input = new { input.version, input.language, partnerId = "kent-county-council", input.answers } });
        var (secretariatWithoutPartner, field, _) = await Client().ErrorAsync(Submit, new { smeId, input });

        Assert.Equal(("FORBIDDEN", "FORBIDDEN", "FORBIDDEN"), (otherPartner, member, forAnother));
        Assert.Equal(("VALIDATION", "input.partnerId"), (secretariatWithoutPartner, field));
    }

    private const string SaveDraft = "mutation($smeId: ID!, $input: DiagnosticDraftInput!) { saveDiagnosticDraft(smeId: $smeId, input: $input) { version language partnerId answers { questionId value } savedAt } }";
    private const string ReadDraft = "query($smeId: ID!) { diagnosticDraft(smeId: $smeId) { partnerId answers { questionId value } } }";

    [Fact]
    public async Task A_draft_is_kept_per_assessor_refused_off_the_questionnaire_and_discarded_by_the_submission()
    {
        var smeId = await RegisterAsync("aditec");
        var aditec = Client("dev-partner-aditec");
        var some = AllAnswers(3).Take(4).ToArray();

        var saved = (await aditec.DataAsync(SaveDraft, new { smeId, input = new { version = 1, language = "FRENCH", answers = some } }))["saveDiagnosticDraft"]!;
        Assert.Equal(("aditec", "FRENCH", 4), (saved["partnerId"]!.GetValue<string>(), saved["language"]!.GetValue<string>(), saved["answers"]!.AsArray().Count));
        Assert.Equal(4, (await aditec.DataAsync(ReadDraft, new { smeId }))["diagnosticDraft"]!["answers"]!.AsArray().Count);
        Assert.Null((await Client().DataAsync(ReadDraft, new { smeId }))["diagnosticDraft"]);

        var (_, body) = await aditec.SendAsync(SaveDraft, new { smeId, input = new { version = 1, language = "FRENCH", answers = some.Append(new { questionId = "nowhere", value = 7 }).ToArray() } });
        var error = body["errors"]![0]!;
        Assert.Equal("VALIDATION", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("input.answers[4].questionId", error["extensions"]!["problems"]![0]!["field"]!.GetValue<string>());
        var (forAnother, _, _) = await aditec.ErrorAsync(SaveDraft, new { smeId, input = new { version = 1, language = "FRENCH", partnerId = "kent-county-council", answers = some } });
        var (otherPartner, _, _) = await Client("dev-partner-kcc").ErrorAsync(ReadDraft, new { smeId });
        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (forAnother, otherPartner));
        Assert.Equal(4, (await aditec.DataAsync(ReadDraft, new { smeId }))["diagnosticDraft"]!["answers"]!.AsArray().Count);

        await aditec.DataAsync(Submit, new { smeId, input = new { version = 1, language = "FRENCH", answers = AllAnswers(3) } });
        Assert.Null((await aditec.DataAsync(ReadDraft, new { smeId }))["diagnosticDraft"]);
        Assert.False((await aditec.DataAsync("mutation($smeId: ID!) { discardDiagnosticDraft(smeId: $smeId) }", new { smeId }))["discardDiagnosticDraft"]!.GetValue<bool>());
    }

    private async Task<string> RegisterAsync(string partner)
    {
        var kvk = TestCompanyIds.Kvk();
        await Client().DataAsync("mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created } }", new
        {
            input = new
            {
                country = "NL", companyId = kvk, name = "Diagnostic firm " + kvk, region = "SOUTH_WEST_NETHERLANDS", sector = "MECHATRONICS", staffCount = 20,
                turnover = new { amount = 1_000_000, currency = "EUR" }, balanceSheetTotal = new { amount = 500_000, currency = "EUR" }, leadPartnerId = partner,
            },
        });
        return $"NL-{kvk}";
    }

    private static object[] AllAnswers(int value) =>
        [.. DiagnosticCatalog.Embedded.Get(1).Questions.Select(q => new { questionId = q.Id, value })];
}
