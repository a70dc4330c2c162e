using Ise.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The SME pages in headless Chromium, signed in through the sign-in page: search → SME page with its stage,
/// journey and diagnostics; search by name (through the API's name index, kept in the address, refused at the box); registration with a refusal shown at its field, then success; merging a provisional
/// SME; French and Dutch; refusals for roles that may not see them; axe-core finds no violation.
/// </summary>
public sealed class SmePagesTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    private const string Submit = "mutation($smeId: ID!, $input: SubmitDiagnosticInput!) { submitDiagnostic(smeId: $smeId, input: $input) { assessmentCount } }";

    /// <summary>The demo SME whose member is a development person.</summary>
    private const string MemberSme = "BE-0403170701";

    private GraphQLClient Api(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string who) =>
        chromium.OpenSignedInAsync(factory.CreateClient().BaseAddress!, path, who);

    /// <summary>Answers every question of questionnaire 1 with <paramref name="value"/>(question's index).</summary>
    private static object[] Answers(Func<int, int> value) =>
        [.. DiagnosticCatalog.Embedded.Get(1).Questions.Select((q, i) => new { questionId = q.Id, value = value(i) })];

    /// <summary>The SME ids of the rows listed, in their order.</summary>
    private static Task<string[]> IdsAsync(ILocator rows) => rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");

    /// <summary>
    /// An SME led by ADITEC that attended a workshop (checked in) and was assessed twice; returns its id and
    /// name once the attendance has reached its journey (through the outbox).
    /// </summary>
    private async Task<(string Id, string Name)> AssessedSmeAsync()
    {
        var id = await TestSmes.RegisterAsync(Api(), "aditec");
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        await Api().DataAsync(ApiScenario.CheckIn, new { code = await ApiScenario.RegisterAsync(Api(), eventId, id) });
        await Api().DataAsync(Submit, new { smeId = id, input = new { version = 1, language = "ENGLISH", partnerId = "aditec", answers = Answers(_ => 1) } });
        await Api().DataAsync(Submit, new { smeId = id, input = new { version = 1, language = "ENGLISH", partnerId = "aditec", answers = Answers(i => 2 + (i % 2)) } });
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(200))
        {
            var sme = (await Api().DataAsync("query($id: ID!) { sme(id: $id) { name journey { items { kind } } } }", new { id }))["sme"]!;
            if (sme["journey"]!["items"]!.AsArray().Any(e => e!["kind"]!.GetValue<string>() == "ATTENDED"))
            {
                return (id, sme["name"]!.GetValue<string>());
            }

            Assert.True(DateTime.UtcNow < deadline, "The attendance never reached the SME's journey.");
        }
    }

    [Fact]
    public async Task Searching_by_region_and_stage_leads_to_the_SME_page_with_its_stage_explained_its_journey_and_a_radar_of_its_diagnostics()
    {
        var (smeId, name) = await AssessedSmeAsync();
        var kvk = smeId["NL-".Length..];

        // The page searches once: wait until the region, stage and name indexes list the SME (they follow its journal).
        await TestSmes.ListedAsync(Api("dev-partner-aditec"), new { region = "SOUTH_WEST_NETHERLANDS", stage = "ASSESSED", name = kvk }, 1,
            "The assessed SME was never listed by its region, stage and company id.");
        var (page, errors) = await OpenAsync("/live/smes.html?lang=en", "partner-aditec");

        await Expect(page.Locator("#partner-only")).ToHaveTextAsync("You see the SMEs that ADITEC leads or served.");
        await page.SelectOptionAsync("#filter-region", "SOUTH_WEST_NETHERLANDS");
        await page.SelectOptionAsync("#filter-stage", "ASSESSED");
        await page.ClickAsync("#search");
        var row = page.Locator($"#result-rows tr[data-id='{smeId}']");
        await Expect(row).ToContainTextAsync("South-West Netherlands");
        await Expect(row).ToContainTextAsync("Assessed");
        Assert.Contains("region=SOUTH_WEST_NETHERLANDS", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#filter-name", kvk);
        await page.ClickAsync("#search");
        await Expect(page.Locator("#results-caption")).ToHaveTextAsync("Page 1: 1 SMEs");
        await Expect(row).ToBeVisibleAsync();
        Assert.Contains($"name={kvk}", page.Url, StringComparison.Ordinal);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "smes-search");

        await row.Locator("a").ClickAsync();
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/sme.html");
        await Expect(page.Locator("#sme-name")).ToHaveTextAsync(name);
        await Expect(page.Locator("#stage-name")).ToHaveTextAsync("Assessed");
        await Expect(page.Locator("#stage-why")).ToHaveTextAsync("Completed a 1-2-1 diagnostic assessment.");
        await Expect(page.Locator("#stage-entries li").First).ToContainTextAsync("Diagnostic assessment");
        await Expect(page.Locator("#eligibility-verdict")).ToHaveTextAsync("Eligible for the programme");

        var timeline = page.Locator("#timeline");
        // Engagements are dated when they happened: the demo's past events come before an enrolment recorded today.
        await Expect(timeline.Locator("li[data-kind=ENROLLED]")).ToContainTextAsync("Enrolled in the programme");
        await Expect(timeline.Locator("li[data-kind=ATTENDED]")).ToContainTextAsync("API workshop");
        await Expect(timeline.Locator("li[data-kind=ATTENDED]")).ToContainTextAsync("VOKA East Flanders");
        await Expect(timeline.Locator("li.reason[data-kind=DIAGNOSTIC]")).Not.ToHaveCountAsync(0);

        await Expect(page.Locator("#diagnostic-when")).ToContainTextAsync("Latest of 2 assessments");
        await Expect(page.Locator("#radar svg polygon.series")).ToHaveCountAsync(2);
        await Expect(page.Locator("#radar svg polygon.series.latest")).ToHaveAttributeAsync("data-series", "Latest assessment");
        await Expect(page.Locator("#progress-rows tr").First.Locator("td.change")).ToHaveAttributeAsync("data-direction", "1");
        await Expect(page.Locator("#axes .card")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#merge-action")).ToBeHiddenAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "sme-page");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Registering_shows_each_refusal_at_its_field_or_under_the_form_and_then_registers_the_SME()
    {
        var (page, errors) = await OpenAsync("/live/sme-register.html?lang=en", "partner-aditec");
        await Expect(page.Locator("#lead-partner")).ToHaveTextAsync("ADITEC");

        await page.ClickAsync("#register");
        await Expect(page.Locator("#name-error")).ToHaveTextAsync("Required.");
        await Expect(page.Locator("#name")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.SelectOptionAsync("#country", "NL");
        await page.FillAsync("#company-id", "12");
        await page.FillAsync("#name", "Vlissingen <i>Valves</i> BV");
        await page.SelectOptionAsync("#region", "SOUTH_WEST_NETHERLANDS");
        await page.SelectOptionAsync("#sector", "MECHATRONICS");
        await page.FillAsync("#staff-count", "14");
        await page.FillAsync("#turnover-amount", "1200000");
        await page.FillAsync("#balance-sheet-amount", "700000");
        await page.Keyboard.PressAsync("Enter");

        // The API's refusal, at the company id, which gets the focus; the other fields are clear again.
        await Expect(page.Locator("#company-id-error")).ToContainTextAsync("'12' is not a valid KvK number");
        await Expect(page.Locator("#company-id")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#company-id")).ToBeFocusedAsync();
        await Expect(page.Locator("#name-error")).ToHaveTextAsync("");
        await Expect(page.Locator("#registered")).ToHaveTextAsync("");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "sme-register-refused");

        // A refusal that names no control (eligibility) is shown under the form.
        var kvk = TestCompanyIds.Kvk();
        await page.FillAsync("#company-id", kvk);
        await page.FillAsync("#staff-count", "300");
        await page.ClickAsync("#register");
        await Expect(page.Locator("#register-form-problem")).ToHaveTextAsync("VALIDATION: Not eligible for the programme: 300 staff: an SME has fewer than 250");
        await Expect(page.Locator("#company-id-error")).ToHaveTextAsync("");

        await page.FillAsync("#staff-count", "14");
        await page.ClickAsync("#register");
        await Expect(page.Locator("#registered")).ToHaveTextAsync($"Registered: Vlissingen <i>Valves</i> BV (NL-{kvk})");
        await Expect(page.Locator("#company-id")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#register-form-problem")).ToHaveTextAsync("");
        await HeadlessChromium.ScreenshotAsync(page, "sme-register-done");

        await page.ClickAsync("#registered a");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/sme.html");
        await Expect(page.Locator("#sme-name")).ToHaveTextAsync("Vlissingen <i>Valves</i> BV");
        await Expect(page.Locator("#sme-name i")).ToHaveCountAsync(0);
        await Expect(page.Locator("#timeline li")).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_provisional_SME_is_merged_from_its_page_with_an_unknown_target_named_at_its_field()
    {
        var provisionalId = await ProvisionalSmeAsync();
        var target = await TestSmes.RegisterAsync(Api(), "aditec");

        var (page, errors) = await OpenAsync($"/live/sme.html?id={Uri.EscapeDataString(provisionalId)}&lang=en", "partner-aditec");
        await Expect(page.Locator("#profile-facts")).ToContainTextAsync("Provisional (no company id yet)");
        await page.ClickAsync("#merge-link");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/sme-merge.html");
        await Expect(page.Locator("#provisional-id")).ToHaveValueAsync(provisionalId);

        await page.FillAsync("#target-id", "NL-00000001");
        await page.ClickAsync("#merge");
        await Expect(page.Locator("#target-id-error")).ToHaveTextAsync("No SME with id NL-00000001.");
        await Expect(page.Locator("#target-id")).ToBeFocusedAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "sme-merge-refused");

        await page.FillAsync("#target-id", target);
        await page.ClickAsync("#merge");
        await Expect(page.Locator("#merged")).ToHaveTextAsync($"{provisionalId} is merged into {target}.");
        await Expect(page.Locator("#target-id-error")).ToHaveTextAsync("");
        await page.ClickAsync($"#merged a:text-is('{provisionalId}')");
        await Expect(page.Locator("#merged-notice")).ToHaveTextAsync($"Merged into {target}");
        Assert.Empty(errors);
    }

    /// <summary>A provisional SME (a walk-in without a SIREN) led by <paramref name="partner"/>, registered by its staff (<paramref name="key"/>).</summary>
    private async Task<string> ProvisionalSmeAsync(string key = "dev-partner-aditec", string partner = "aditec")
    {
        var provisional = (await Api(key).DataAsync(
            "mutation($input: RegisterSmeInput!, $key: String) { registerSme(input: $input, idempotencyKey: $key) { sme { id provisional } } }",
            new
            {
                key = Guid.NewGuid().ToString(),
                input = new
                {
                    country = "FR", name = "Walk-in without SIREN", region = "HAUTS_DE_FRANCE", sector = "FOOD_AND_DRINK", staffCount = 3,
                    turnover = new { amount = 90_000, currency = "EUR" }, balanceSheetTotal = new { amount = 40_000, currency = "EUR" }, leadPartnerId = partner,
                },
            }))["registerSme"]!["sme"]!;
        Assert.True(provisional["provisional"]!.GetValue<bool>());
        return provisional["id"]!.GetValue<string>();
    }

    /// <summary>Sends the form and waits for the API's refusal at <paramref name="control"/>, which is marked invalid and focused.</summary>
    private static async Task RefusedAtAsync(IPage page, string button, string control, string message)
    {
        await page.ClickAsync(button);
        await Expect(page.Locator($"#{control}-error")).ToHaveTextAsync(message);
        await Expect(page.Locator($"#{control}")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator($"#{control}")).ToBeFocusedAsync();
    }

    /// <summary>The console's errors are the browser's note of each GraphQL request refused with 400 (a value it could not read), and nothing else.</summary>
    private static void UnreadableVariablesOnly(List<string> errors, int count)
    {
        Assert.Equal(count, errors.Count);
        Assert.All(errors, error => Assert.StartsWith("Failed to load resource: the server responded with a status of 400", error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registering_in_French_shows_every_refusal_of_the_API_in_French_at_its_field()
    {
        var (page, errors) = await OpenAsync("/live/sme-register.html?lang=fr", "partner-aditec");
        await Expect(page.Locator("#lead-partner")).ToHaveTextAsync("ADITEC");
        await page.SelectOptionAsync("#country", "FR");
        await page.SelectOptionAsync("#region", "HAUTS_DE_FRANCE");
        await page.SelectOptionAsync("#sector", "FOOD_AND_DRINK");
        await page.FillAsync("#name", "Brasserie du Nord SAS");
        await page.FillAsync("#staff-count", "14");
        await page.FillAsync("#turnover-amount", "1200000");
        await page.FillAsync("#balance-sheet-amount", "700000");

        await page.FillAsync("#company-id", "732829321");
        await RefusedAtAsync(page, "#register", "company-id", "« 732829321 » n’est pas un SIREN valide : ses chiffres de contrôle sont faux ; vérifiez le numéro.");
        await page.FillAsync("#company-id", "73282932012345");
        await RefusedAtAsync(page, "#register", "company-id", "« 73282932012345 » ressemble à un SIRET (14 chiffres, un établissement) : indiquez le SIREN de l’entreprise, les 9 premiers chiffres du SIRET.");
        await page.FillAsync("#company-id", "73282A321");
        await RefusedAtAsync(page, "#register", "company-id", "« 73282A321 » n’est pas un SIREN valide : attendu 9 chiffres, ex. 732 829 320.");

        // The figures: one GraphQL cannot read as a whole number, then the API's ranges (numbers written the French way).
        await page.FillAsync("#company-id", TestCompanyIds.Siren());
        await page.FillAsync("#staff-count", "14.5");
        await RefusedAtAsync(page, "#register", "staff-count", "Un nombre entier, s’il vous plaît.");
        await Expect(page.Locator("#company-id")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#register-form-problem")).ToHaveTextAsync("");
        await page.FillAsync("#staff-count", "2000000");
        await RefusedAtAsync(page, "#register", "staff-count", "Entre 0 et 1 000 000.");
        await page.FillAsync("#staff-count", "14");
        await page.FillAsync("#turnover-amount", "-5");
        await RefusedAtAsync(page, "#register", "turnover-amount", "Entre 0 et 1 000 000 000 000.");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "sme-register-refused-fr");

        // Not eligible (no field): under the form, each reason in French.
        await page.FillAsync("#staff-count", "300");
        await page.FillAsync("#turnover-amount", "60000000");
        await page.FillAsync("#balance-sheet-amount", "50000000");
        await page.ClickAsync("#register");
        await Expect(page.Locator("#register-form-problem")).ToHaveTextAsync(
            "VALIDATION: Non éligible au programme : 300 salariés : une PME en compte moins de 250; chiffre d’affaires de 60 000 000 € au-delà de 50 M EUR et total du bilan de 50 000 000 € au-delà de 43 M EUR");
        await Expect(page.Locator("#turnover-amount-error")).ToHaveTextAsync("");
        await Expect(page.Locator("#registered")).ToHaveTextAsync("");
        UnreadableVariablesOnly(errors, 1);
    }

    [Fact]
    public async Task Registering_in_Dutch_shows_every_refusal_of_the_API_in_Dutch_at_its_field()
    {
        var (page, errors) = await OpenAsync("/live/sme-register.html?lang=nl", "partner-aditec");
        await Expect(page.Locator("#lead-partner")).ToHaveTextAsync("ADITEC");
        await page.SelectOptionAsync("#country", "NL");
        await page.SelectOptionAsync("#region", "SOUTH_WEST_NETHERLANDS");
        await page.SelectOptionAsync("#sector", "MECHATRONICS");
        await page.FillAsync("#name", new string('a', 201));
        await page.FillAsync("#staff-count", "14");
        await page.FillAsync("#turnover-amount", "1200000");
        await page.FillAsync("#balance-sheet-amount", "700000");

        await page.FillAsync("#company-id", "12");
        await RefusedAtAsync(page, "#register", "company-id", "‘12’ is geen geldig KvK-nummer: verwacht 8 cijfers, bv. 12345678.");
        await page.FillAsync("#company-id", TestCompanyIds.Kvk());
        await RefusedAtAsync(page, "#register", "name", "Hoogstens 200 tekens.");
        await page.FillAsync("#name", "Zeeuwse Kleppen BV");
        await page.FillAsync("#balance-sheet-amount", "1e40");
        await RefusedAtAsync(page, "#register", "balance-sheet-amount", "Te groot.");
        await page.FillAsync("#balance-sheet-amount", "700000");
        await page.FillAsync("#staff-count", "10000000000");
        await RefusedAtAsync(page, "#register", "staff-count", "Te groot.");
        await page.FillAsync("#staff-count", "14");

        await page.SelectOptionAsync("#country", "BE");
        await page.SelectOptionAsync("#region", "WEST_FLANDERS");
        await page.FillAsync("#company-id", "2403170701");
        await RefusedAtAsync(page, "#register", "company-id", "‘2403170701’ is geen geldig ondernemingsnummer (KBO): het moet met 0 of 1 beginnen.");
        await page.FillAsync("#company-id", "0403170702");
        await RefusedAtAsync(page, "#register", "company-id", "‘0403170702’ is geen geldig ondernemingsnummer (KBO): de controlecijfers kloppen niet; kijk het nummer na.");

        await page.SelectOptionAsync("#country", "GB");
        await page.SelectOptionAsync("#region", "KENT");
        await page.FillAsync("#company-id", "00000000");
        await RefusedAtAsync(page, "#register", "company-id", "‘00000000’ is geen geldig Companies House-nummer: het kan niet uit alleen nullen bestaan.");
        await page.FillAsync("#company-id", "ABC");
        await RefusedAtAsync(page, "#register", "company-id", "‘ABC’ is geen geldig Companies House-nummer: verwacht tot 8 cijfers, bv. 01234567, of twee letters en 6 cijfers, bv. SC123456.");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "sme-register-refused-nl");

        // Not eligible, amounts in pounds: under the form, in Dutch.
        await page.FillAsync("#company-id", "SC" + TestCompanyIds.Kvk()[..6]);
        await Expect(page.Locator("#turnover-currency")).ToHaveValueAsync("GBP");
        await page.FillAsync("#turnover-amount", "60000000");
        await page.FillAsync("#balance-sheet-amount", "50000000");
        await page.ClickAsync("#register");
        await Expect(page.Locator("#register-form-problem")).ToHaveTextAsync(
            "VALIDATION: Niet in aanmerking voor het programma: omzet £ 60.000.000 boven EUR 50 mln en balanstotaal £ 50.000.000 boven EUR 43 mln (GBP omgerekend tegen de programmakoers)");
        await Expect(page.Locator("#company-id-error")).ToHaveTextAsync("");
        UnreadableVariablesOnly(errors, 2);
    }

    [Fact]
    public async Task Merging_in_Dutch_and_French_shows_every_refusal_of_the_API_in_that_language_at_its_field_and_an_unknown_one_as_the_API_says()
    {
        var provisional = await ProvisionalSmeAsync();
        var target = await TestSmes.RegisterAsync(Api(), "aditec");
        var otherTarget = await TestSmes.RegisterAsync(Api(), "aditec");
        var (page, errors) = await OpenAsync("/live/sme-merge.html?lang=nl", "partner-aditec");

        await page.FillAsync("#provisional-id", "onzin");
        await page.FillAsync("#target-id", target);
        await RefusedAtAsync(page, "#merge", "provisional-id", "‘onzin’ is geen kmo-id: land en ondernemingsnummer, bv. NL-20123456.");
        await page.FillAsync("#provisional-id", provisional);
        await page.FillAsync("#target-id", "NL-00000001");
        await RefusedAtAsync(page, "#merge", "target-id", "Geen kmo met id NL-00000001.");
        await Expect(page.Locator("#provisional-id")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await page.FillAsync("#target-id", provisional);
        await RefusedAtAsync(page, "#merge", "target-id", "Een voorlopige kmo wordt samengevoegd met een ingeschreven kmo, een met ondernemingsnummer.");
        await page.FillAsync("#provisional-id", target);
        await page.FillAsync("#target-id", otherTarget);
        await RefusedAtAsync(page, "#merge", "provisional-id", $"{target} heeft een ondernemingsnummer: alleen voorlopige kmo’s worden samengevoegd.");
        await page.FillAsync("#provisional-id", provisional);
        await page.FillAsync("#target-id", target);
        await page.ClickAsync("#merge");
        await Expect(page.Locator("#merged")).ToHaveTextAsync($"{provisional} is samengevoegd met {target}.");
        await page.FillAsync("#target-id", otherTarget);
        await RefusedAtAsync(page, "#merge", "provisional-id", $"{provisional} is al samengevoegd met {target}.");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "sme-merge-refused-nl");
        Assert.Empty(errors);

        var anothers = await ProvisionalSmeAsync("dev-partner-kcc", "kent-county-council");
        var (french, frenchErrors) = await OpenAsync("/live/sme-merge.html?lang=fr", "partner-aditec");
        await french.FillAsync("#provisional-id", "FR-PROV-INCONNUE");
        await french.FillAsync("#target-id", target);
        await RefusedAtAsync(french, "#merge", "provisional-id", "Aucune PME n’a l’identifiant FR-PROV-INCONNUE.");
        await french.FillAsync("#provisional-id", provisional);
        await french.FillAsync("#target-id", "n'importe quoi");
        await RefusedAtAsync(french, "#merge", "target-id", "« N'IMPORTE QUOI » n’est pas un identifiant PME : pays et numéro d’entreprise, ex. FR-732829320.");

        // A refusal the page does not know (another partner's SME, no field) keeps the API's words, under the form.
        await french.FillAsync("#provisional-id", anothers);
        await french.FillAsync("#target-id", target);
        await french.ClickAsync("#merge");
        await Expect(french.Locator("#merge-form-problem")).ToHaveTextAsync($"FORBIDDEN: PartnerStaff aditec neither leads nor served SME {anothers}.");
        await Expect(french.Locator("#target-id-error")).ToHaveTextAsync("");
        Assert.Empty(frenchErrors);
    }

    [Fact]
    public async Task A_cluster_member_reads_its_own_SME_in_French_and_finds_it_from_the_home_page_and_partner_staff_search_in_Dutch()
    {
        var (page, errors) = await OpenAsync($"/live/sme.html?id={MemberSme}&lang=fr", "member-gentse-sensoren");
        await ShowsSmeAsync(page, Demo.DemoSmes.Label + "Gentse Sensoren", "Flandre-Orientale",
            profile: "Fiche", journey: "Parcours", enrolled: "Inscrite au programme", eligible: "Éligible au programme");
        await Expect(page.Locator("#nav-my-sme")).ToHaveTextAsync("Ma PME");
        await Expect(page.Locator("#nav-smes")).ToBeHiddenAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "sme-page-member-fr");

        // The home page lists the member's own SME among its pages (in the browser's English: the home link
        // carries no language and none was chosen with the switch).
        await page.ClickAsync("#nav-home");
        var mine = page.Locator($"#page-links a[href='/live/sme.html?id={MemberSme}']");
        await Expect(mine).ToHaveTextAsync("My SME");
        await mine.ClickAsync();
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/sme.html");
        await Expect(page.Locator("#stage h2")).ToHaveTextAsync("Stage");
        Assert.Empty(errors);

        var (dutch, dutchErrors) = await OpenAsync("/live/smes.html?lang=nl&region=KENT", "partner-kcc");
        await Expect(dutch.Locator("h1")).ToHaveTextAsync("Kmo’s");
        await Expect(dutch.Locator("#name-hint")).ToContainTextAsync("Vindt kmo’s waarvan de naam of het ondernemingsnummer een woord heeft");
        await Expect(dutch.Locator("#filter-region")).ToHaveValueAsync("KENT");
        await Expect(dutch.Locator("#result-rows")).ToContainTextAsync("Canterbury Craft Foods Ltd");
        foreach (var region in await dutch.Locator("#result-rows tr td:nth-child(3)").AllInnerTextsAsync())
        {
            Assert.Equal("Kent", region);
        }

        await HeadlessChromium.ScreenshotAsync(dutch, "smes-search-nl");
        Assert.Empty(dutchErrors);
    }

    /// <summary>The SME page shows the SME's name and region, and its headings, enrolment and eligibility in the page's language.</summary>
    private static async Task ShowsSmeAsync(IPage page, string name, string region, string profile, string journey, string enrolled, string eligible)
    {
        await Expect(page.Locator("#sme-name")).ToHaveTextAsync(name);
        await Expect(page.Locator("#profile h2")).ToHaveTextAsync(profile);
        await Expect(page.Locator("#profile-facts")).ToContainTextAsync(region);
        await Expect(page.Locator("#journey h2")).ToHaveTextAsync(journey);
        await Expect(page.Locator("#timeline li[data-kind=ENROLLED]")).ToContainTextAsync(enrolled);
        await Expect(page.Locator("#eligibility-verdict")).ToHaveTextAsync(eligible);
    }

    [Fact]
    public async Task The_SME_page_speaks_Dutch_to_the_staff_of_its_lead_partner()
    {
        var smeId = await TestSmes.RegisterAsync(Api(), "aditec");
        var (page, errors) = await OpenAsync($"/live/sme.html?id={smeId}&lang=nl", "partner-aditec");

        await ShowsSmeAsync(page, "Test firm " + smeId["NL-".Length..], "Zuidwest-Nederland",
            profile: "Profiel", journey: "Traject", enrolled: "Ingeschreven in het programma", eligible: "Geschikt voor het programma");
        await Expect(page.Locator("#profile-facts")).ToContainTextAsync("Mechatronica");
        await Expect(page.Locator("#profile-facts dt")).ToContainTextAsync(["Ondernemingsnummer", "Regio", "Sector", "Hoofdpartner"]);
        await Expect(page.Locator("#eligibility-conditions")).ToContainTextAsync("Minder dan 250 werknemers: 12");
        await Expect(page.Locator("#assess-link")).ToHaveTextAsync("Een diagnose afnemen (of uw concept hervatten)");
        await Expect(page.Locator("#no-connections, #no-clusters")).ToHaveTextAsync(["Nog geen contact.", "Geen lid van een cluster."]);
        await Expect(page.Locator("#app section > h2:visible")).ToHaveTextAsync(["Profiel", "Geschiktheid", "Fase", "Traject", "Diagnoses", "Contacten", "Clusters"]);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "sme-page-partner-nl");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Searching_by_name_finds_the_smes_with_a_word_so_beginning_in_the_whole_list_from_a_link_too_and_refuses_one_letter_in_French()
    {
        var word = TestSmes.NewWord();
        var brasserie = await ApiScenario.SmeAsync(Api(), $"Brasserie Élan-{word} BV");
        var works = await ApiScenario.SmeAsync(Api(), $"{word}works <b>Ltd</b>");
        var inside = await ApiScenario.SmeAsync(Api(), $"Inside x{word}");
        await TestSmes.FoundByNameAsync(Api(), word, 2);
        await TestSmes.FoundByNameAsync(Api(), inside["NL-".Length..], 1);

        // More SMEs than a page holds, also when this test runs alone: the name is searched beyond the first page.
        await TestSmes.ListHoldsAtLeastAsync(Api(), 21);
        var (page, errors) = await OpenAsync("/live/smes.html?lang=en", "secretariat");
        await Expect(page.Locator("#name-hint")).ToHaveTextAsync(
            "Finds SMEs whose name or company id has a word beginning with each word you type (case and accents ignored).");
        await Expect(page.Locator("#results-caption")).ToHaveTextAsync("Page 1: 20 SMEs");
        var rows = page.Locator("#result-rows tr");

        // A word's start, in capitals: both SMEs whose name has a word so beginning, not the one holding it inside a word.
        await page.FillAsync("#filter-name", word[..6].ToUpperInvariant());
        await page.ClickAsync("#search");
        await Expect(page.Locator("#results-caption")).ToHaveTextAsync("Page 1: 2 SMEs");
        Assert.Equal(new[] { brasserie, works }.Order(StringComparer.Ordinal), (await IdsAsync(rows)).Order(StringComparer.Ordinal));
        await Expect(page.Locator($"#result-rows tr[data-id='{works}'] a")).ToHaveTextAsync($"{word}works <b>Ltd</b>");
        await Expect(page.Locator("#result-rows b")).ToHaveCountAsync(0);
        Assert.Contains($"name={word[..6].ToUpperInvariant()}", page.Url, StringComparison.Ordinal);

        // Without the accent of the name: each word typed begins one of its words.
        await page.FillAsync("#filter-name", $"elan {word[..4]}");
        await page.ClickAsync("#search");
        await Expect(page.Locator("#results-caption")).ToHaveTextAsync("Page 1: 1 SMEs");
        Assert.Equal([brasserie], await IdsAsync(rows));
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "smes-by-name");
        Assert.Empty(errors);

        // A link with the name (an accent the name does not have), opened before signing in, in French.
        var (french, frenchErrors) = await OpenAsync($"/live/smes.html?lang=fr&name={Uri.EscapeDataString($"{word}wórks")}", "secretariat");
        await Expect(french.Locator("#filter-name")).ToHaveValueAsync($"{word}wórks");
        await Expect(french.Locator("#results-caption")).ToHaveTextAsync("Page 1 : 1 PME");
        Assert.Equal([works], await IdsAsync(french.Locator("#result-rows tr")));

        await french.FillAsync("#filter-name", "é");
        await french.ClickAsync("#search");
        await Expect(french.Locator("#filter-name-error")).ToHaveTextAsync("Saisissez au moins 2 caractères d’un mot (100 au plus en tout).");
        await Expect(french.Locator("#filter-name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(french.Locator("#results-caption")).ToHaveTextAsync("Aucune PME ne correspond.");
        await Expect(french.Locator("#filter-form-problem")).ToHaveTextAsync("");
        await AccessibilityCheck.AssertNoViolationsAsync(french);
        await HeadlessChromium.ScreenshotAsync(french, "smes-by-name-refused-fr");
        Assert.Empty(frenchErrors);
    }

    [Fact]
    public async Task Opening_an_SME_by_id_tells_an_unknown_a_malformed_and_another_partners_SME_in_French_and_Dutch()
    {
        var aditecs = await TestSmes.RegisterAsync(Api(), "aditec");
        var unknown = TestCompanyIds.Kvk();
        var (french, frenchErrors) = await OpenAsync("/live/smes.html?lang=fr", "partner-kcc");
        await LookupRefusedAsync(french, unknown, $"Aucune PME n’a l’identifiant NL-{unknown}.",
            "fr-", "FR- n’est pas un identifiant de PME : saisissez un numéro d’entreprise, ou le pays et le numéro, ex. FR-732829320.");
        await french.FillAsync("#lookup-company-id", aditecs);
        await french.ClickAsync("#lookup");
        await Expect(french.Locator("#lookup-form-problem")).ToHaveTextAsync($"FORBIDDEN: Votre partenaire ne suit pas {aditecs} et ne l’a pas accompagnée.");
        await Expect(french.Locator("#lookup-company-id-error")).ToHaveTextAsync("");
        await HeadlessChromium.ScreenshotAsync(french, "smes-open-refused-fr");
        Assert.Empty(frenchErrors);

        var (dutch, dutchErrors) = await OpenAsync("/live/smes.html?lang=nl", "partner-aditec");
        await LookupRefusedAsync(dutch, unknown, $"Geen kmo heeft de id NL-{unknown}.",
            "NL-", "NL- is geen kmo-id: typ een ondernemingsnummer, of het land en het nummer, bv. FR-732829320.");
        await AccessibilityCheck.AssertNoViolationsAsync(dutch);
        await dutch.FillAsync("#lookup-company-id", aditecs);
        await dutch.ClickAsync("#lookup");

        // Its own SME opens. Waiting for the address, not for a navigation's load event, which a busy machine can
        // fire before such a wait is set up (that wait then ran out, the page long loaded: seen once under load).
        await HeadlessChromium.ArrivedAsync(dutch, url => url.AbsolutePath == "/live/sme.html" && url.Query == "?id=" + aditecs);
        var name = (await Api().DataAsync("query($id: ID!) { sme(id: $id) { name } }", new { id = aditecs }))["sme"]!["name"]!.GetValue<string>();
        await Expect(dutch.Locator("#sme-name")).ToHaveTextAsync(name);
        Assert.Empty(dutchErrors);
    }

    /// <summary>Opens an unregistered Dutch company id, then a malformed SME id, each refused at the id box in the page's words.</summary>
    private static async Task LookupRefusedAsync(IPage page, string unknownKvk, string noSme, string malformed, string notAnId)
    {
        await page.SelectOptionAsync("#lookup-country", "NL");
        await page.FillAsync("#lookup-company-id", unknownKvk);
        await RefusedAtAsync(page, "#lookup", "lookup-company-id", noSme);
        await page.FillAsync("#lookup-company-id", malformed);
        await RefusedAtAsync(page, "#lookup", "lookup-company-id", notAnId);
    }

    [Fact]
    public async Task Door_staff_are_refused_the_search_and_a_member_is_refused_another_SMEs_page()
    {
        var (door, doorErrors) = await OpenAsync("/live/smes.html?lang=en", "door-workshop");
        await Expect(door.Locator("#refused-panel")).ToBeVisibleAsync();
        await Expect(door.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN: this page is not for door staff.");
        await Expect(door.Locator("#app")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(door, "smes-refused-door-staff");
        Assert.Empty(doorErrors);

        var other = await TestSmes.RegisterAsync(Api(), "aditec");
        var (member, memberErrors) = await OpenAsync($"/live/sme.html?id={other}&lang=nl", "member-gentse-sensoren");
        await Expect(member.Locator("#refused-panel h2")).ToHaveTextAsync("Geen toegang");
        await Expect(member.Locator("#refused-problem")).ToContainTextAsync("FORBIDDEN");
        await Expect(member.Locator("#app")).ToBeHiddenAsync();
        Assert.Empty(memberErrors);
    }

    [Fact]
    public async Task A_member_is_refused_the_register_page_in_French_and_door_staff_the_merge_page_in_Dutch()
    {
        var (member, memberErrors) = await OpenAsync("/live/sme-register.html?lang=fr", "member-gentse-sensoren");
        await Expect(member.Locator("#refused-panel h2")).ToHaveTextAsync("Accès refusé");
        await Expect(member.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN : cette page n’est pas destinée aux membres de clusters.");
        await Expect(member.Locator("#app")).ToBeHiddenAsync();
        await Expect(member.Locator("#nav-register-sme")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(member, "sme-register-refused-member-fr");
        Assert.Empty(memberErrors);

        var (door, doorErrors) = await OpenAsync("/live/sme-merge.html?lang=nl", "door-workshop");
        await Expect(door.Locator("#refused-panel h2")).ToHaveTextAsync("Geen toegang");
        await Expect(door.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN: deze pagina is niet voor onthaalmedewerkers.");
        await Expect(door.Locator("#app")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(door, "sme-merge-refused-door-staff-nl");
        Assert.Empty(doorErrors);
    }

    [Fact]
    public async Task The_secretariat_pages_through_a_partners_SMEs_twenty_at_a_time()
    {
        var registered = new HashSet<string>();
        for (var i = 0; i < 21; i++)
        {
            registered.Add(await TestSmes.RegisterAsync(Api(), "pom-west-flanders"));
        }

        // The lists are index grains, kept up to date through the SMEs' outboxes: wait until all 21 are listed.
        const string Listed = "{ smes(first: 100, filter: { partnerId: \"pom-west-flanders\", region: SOUTH_WEST_NETHERLANDS }) { items { id } } }";
        for (var deadline = DateTime.UtcNow.AddSeconds(60); (await Api().DataAsync(Listed))["smes"]!["items"]!.AsArray().Count < 21; await Task.Delay(200))
        {
            Assert.True(DateTime.UtcNow < deadline, "The 21 SMEs were never all listed.");
        }

        var (page, errors) = await OpenAsync("/live/smes.html?lang=en&partner=pom-west-flanders&region=SOUTH_WEST_NETHERLANDS", "secretariat");
        var rows = page.Locator("#result-rows tr");
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(page.Locator("#results-caption")).ToHaveTextAsync("Page 1: 20 SMEs");
        await Expect(page.Locator("#previous-page")).ToBeDisabledAsync();
        var shown = new List<string>(await IdsAsync(rows));

        await page.ClickAsync("#next-page");
        await Expect(page.Locator("#results-caption")).ToHaveTextAsync("Page 2: 1 SMEs");
        shown.Add((await rows.First.GetAttributeAsync("data-id"))!);
        await Expect(page.Locator("#next-page")).ToBeDisabledAsync();
        Assert.Equal(registered.Order(), shown.Order());

        await page.Locator("#previous-page").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#results-caption")).ToHaveTextAsync("Page 1: 20 SMEs");
        Assert.Empty(errors);
    }
}
