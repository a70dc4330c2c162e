using Ise.Gateway.Security;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The programme overview in headless Chromium: its figures are the GraphQL API's, they move when a
/// check-in or an event's close changes them, partner staff get their own partner's figures only,
/// other roles are refused, the exports download, the page speaks EN/FR/NL and logs no console errors.
/// Check-ins count on the day they happen, so the figures include the demo's: the tests compare with the
/// API and count changes from there.
/// </summary>
public sealed class OverviewPageTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    private const string Figures = """
        query($period: String!, $breakdown: [IndicatorDimension!]) {
          indicators(period: $period, breakdown: $breakdown) { noShowRate figures { indicator cell count adjustment net } }
        }
        """;

    private static readonly string[] s_mechatronics = ["MECHATRONICS"];

    /// <summary>A page's first load on a busy machine (Chromium starting, two GraphQL reads) may take longer than Playwright's 5 s.</summary>
    private const float FirstLoad = 30_000;

    /// <summary>The page moves within two refreshes (5 s each) plus the outboxes' delivery.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions s_live = new() { Timeout = 30_000 };

    private GraphQLClient Api(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    [Fact]
    public async Task The_secretariat_sees_the_API_figures_and_sees_a_check_in_and_a_close_change_them()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var first = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        var second = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        var before = await SettledAsync(Api(), "programme", "PARTNER");
        await Api().DataAsync(ApiScenario.CheckIn, new { code = first });
        await Eventually.TrueAsync(async () => Net(await FiguresAsync(Api(), "programme", "PARTNER"), "ATTENDANCES", "total") == Net(before, "ATTENDANCES", "total") + 1,
            TimeSpan.FromSeconds(20), "the check-in is counted");
        var api = await SettledAsync(Api(), "programme", "PARTNER");

        var (page, errors) = await OpenAsync("/live/overview.html?breakdown=partner&indicator=ATTENDANCES&lang=en", "secretariat");

        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = FirstLoad });
        await Expect(page.Locator("h1")).ToHaveTextAsync("Programme overview");
        await Expect(page.Locator("#headline")).ToHaveTextAsync("Programme total · Whole programme");
        var totals = api["figures"]!.AsArray().Where(f => f!["cell"]!.GetValue<string>() == "total").ToList();
        Assert.Equal(10, totals.Count);
        foreach (var figure in totals)
        {
            await Expect(Card(page, figure!["indicator"]!.GetValue<string>())).ToHaveTextAsync(Text(figure["net"]!.GetValue<int>()));
        }

        await Expect(page.Locator("#chart-title")).ToHaveTextAsync("Attendances · By partner");
        await Expect(page.Locator("#chart tr")).ToHaveCountAsync(8);
        await Expect(page.Locator("#chart tr[data-cell='partner:voka-east-flanders'] th")).ToHaveTextAsync("VOKA East Flanders");
        await Expect(Bar(page, "partner:voka-east-flanders")).ToHaveTextAsync(Text(Net(api, "ATTENDANCES", "partner:voka-east-flanders")));
        await Expect(Bar(page, "partner:aditec")).ToHaveTextAsync(Text(Net(api, "ATTENDANCES", "partner:aditec")));
        await Expect(page.Locator("#chart tr.total td.bar div")).ToHaveAttributeAsync("style", "width: 100%;");
        await Expect(page.Locator("#chart-section")).ToContainTextAsync("may add up to more than the total");

        await Api().DataAsync(ApiScenario.CheckIn, new { code = second });
        await Expect(Card(page, "ATTENDANCES")).ToHaveTextAsync(Text(Net(api, "ATTENDANCES", "total") + 1), s_live);
        await Expect(Card(page, "ENTERPRISES_SUPPORTED")).ToHaveTextAsync(Text(Net(api, "ENTERPRISES_SUPPORTED", "total") + 1), s_live);
        await Expect(Bar(page, "partner:voka-east-flanders")).ToHaveTextAsync(Text(Net(api, "ATTENDANCES", "partner:voka-east-flanders") + 1), s_live);

        await Api().DataAsync("mutation($id: ID!) { closeEvent(id: $id) { id } }", new { id = eventId });
        await Expect(Card(page, "EVENTS_HELD")).ToHaveTextAsync(Text(Net(api, "EVENTS_HELD", "total") + 1), s_live);
        await Expect(Card(page, "NO_SHOWS")).ToHaveTextAsync(Text(Net(api, "NO_SHOWS", "total") + 1), s_live);
        var closed = await SettledAsync(Api(), "programme", "SIZE_BAND");
        var rate = closed["noShowRate"]!.GetValue<double>();
        await Expect(page.Locator("#no-show-rate")).ToHaveTextAsync(Math.Round(rate * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%", s_live);

        await page.SelectOptionAsync("#breakdown", "SIZE_BAND");
        await page.Locator("#totals [data-indicator=ENTERPRISES_SUPPORTED]").ClickAsync();
        await Expect(page.Locator("#chart-title")).ToHaveTextAsync("Enterprises supported · By size band");
        await Expect(page.Locator("#chart tr[data-cell='size:micro'] th")).ToHaveTextAsync("Micro (under 10 staff)");
        await Expect(Bar(page, "size:micro")).ToHaveTextAsync(Text(Net(closed, "ENTERPRISES_SUPPORTED", "size:micro")));
        Assert.Contains("breakdown=size", page.Url, StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-figures"));
        Assert.Equal("indicators-programme-figures.csv", download.SuggestedFilename);
        var csv = (await File.ReadAllTextAsync(await download.PathAsync())).Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        Assert.Contains("may add up to more than the total", csv[0], StringComparison.Ordinal);
        var attendances = Figure(closed, "ATTENDANCES", "total");
        Assert.Contains($"programme,attendances,Total,total,{attendances["count"]},{attendances["adjustment"]},{attendances["net"]},no", csv);

        await page.SelectOptionAsync("#period-kind", "month");
        var month = await page.InputValueAsync("#period");
        Assert.Contains("period=" + month, page.Url, StringComparison.Ordinal);
        var monthly = await SettledAsync(Api(), month, "SIZE_BAND");
        await Expect(page.Locator("#headline")).ToHaveTextAsync("Programme total · " + DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        await Expect(Card(page, "ATTENDANCES")).ToHaveTextAsync(Text(Net(monthly, "ATTENDANCES", "total")));

        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("programme-overview"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Partner_staff_see_their_own_partner_figures_only_in_French_and_live()
    {
        var taster = await KentTasterAsync();
        await Api().DataAsync(ApiScenario.CheckIn, new { code = await ApiScenario.RegisterAsync(Api(), taster, await ApiScenario.SmeAsync(Api())) });
        await Eventually.TrueAsync(async () => Net(await FiguresAsync(Api("dev-partner-kcc"), "programme", "PARTNER"), "ATTENDANCES", "partner:kent-county-council") > 0,
            TimeSpan.FromSeconds(20), "the check-in is counted for Kent County Council");
        var asPartner = await SettledAsync(Api("dev-partner-kcc"), "programme", "REGION");
        var all = await FiguresAsync(Api(), "programme", "PARTNER");
        Assert.All(asPartner["figures"]!.AsArray(), f => Assert.Equal("partner:kent-county-council", f!["cell"]!.GetValue<string>()));
        Assert.True(Net(all, "ATTENDANCES", "total") > Net(asPartner, "ATTENDANCES", "partner:kent-county-council"), "the programme has attendances of other partners");

        var (page, errors) = await OpenAsync("/live/overview.html?period=programme&breakdown=region&lang=fr", "partner-kcc");

        await Expect(page.Locator("#status")).ToHaveTextAsync("En direct", new() { Timeout = FirstLoad });
        await Expect(page.Locator("h1")).ToHaveTextAsync("Vue d’ensemble du programme");
        await Expect(page.Locator("#partner-only")).ToHaveTextAsync(
            "Vous ne voyez que les chiffres de Kent County Council. Les totaux du programme et les autres ventilations sont réservés au secrétariat.");
        await Expect(page.Locator("#headline")).ToHaveTextAsync("Kent County Council · Tout le programme");
        await Expect(page.Locator("#totals .card")).ToHaveCountAsync(asPartner["figures"]!.AsArray().Count);
        foreach (var figure in asPartner["figures"]!.AsArray())
        {
            await Expect(Card(page, figure!["indicator"]!.GetValue<string>())).ToHaveTextAsync(Text(figure["net"]!.GetValue<int>()));
        }

        await Expect(page.Locator("[data-indicator=ATTENDANCES] .name")).ToHaveTextAsync("Présences");
        await Expect(page.Locator("#chart-section")).ToBeHiddenAsync();
        await Expect(page.Locator("#breakdown-choice")).ToBeHiddenAsync();
        await Expect(page.Locator("#no-show")).ToBeHiddenAsync();

        await Api().DataAsync(ApiScenario.CheckIn, new { code = await ApiScenario.RegisterAsync(Api(), taster, await ApiScenario.SmeAsync(Api())) });
        await Expect(Card(page, "ATTENDANCES")).ToHaveTextAsync(Text(Net(asPartner, "ATTENDANCES", "partner:kent-county-council") + 1), s_live);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("programme-overview-partner-fr"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_secretariat_reads_the_figures_the_chart_and_the_exports_in_Dutch()
    {
        // An attendance in East Flanders, so the chart by region has its row.
        var ghent = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        await Api().DataAsync(ApiScenario.CheckIn, new { code = await ApiScenario.RegisterAsync(Api(), ghent, await ApiScenario.SmeAsync(Api())) });
        var (page, errors) = await OpenAsync("/live/overview.html?period=programme&breakdown=region&indicator=ATTENDANCES&lang=nl", "secretariat");

        await Expect(page.Locator("#status")).ToHaveTextAsync("Live", new() { Timeout = FirstLoad });
        await Expect(page.Locator("h1")).ToHaveTextAsync("Programmaoverzicht");
        await Expect(page.Locator("#headline")).ToHaveTextAsync("Programmatotaal · Hele programma");
        await Expect(page.Locator("[data-indicator=ATTENDANCES] .name")).ToHaveTextAsync("Aanwezigheden");
        await Expect(page.Locator("#no-show")).ToContainTextAsync("Percentage niet verschenen: ");
        await Expect(page.Locator("#chart-title")).ToHaveTextAsync("Aanwezigheden · Per regio");
        await Expect(page.Locator("#chart tr.total th")).ToHaveTextAsync("Programmatotaal");
        await Expect(page.Locator("#chart tr[data-cell='region:east-flanders'] th")).ToHaveTextAsync("Oost-Vlaanderen", s_live);
        await Expect(page.Locator("#chart-section")).ToContainTextAsync("Een onderneming telt één keer in het totaal en één keer in elke cel waarin ze meetelt");
        await Expect(page.Locator("#breakdown option")).ToHaveTextAsync(["Per regio", "Per partner", "Per sector", "Per soort activiteit", "Per grootteklasse"]);
        await Expect(page.Locator("#export-figures, #export-evidence, #export-xlsx")).ToHaveTextAsync(["Cijfers (CSV)", "Bewijsstukken (CSV)", "Werkmap (XLSX)"]);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "programme-overview-nl");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Door_staff_are_refused_in_Dutch_and_a_bad_period_is_named()
    {
        var (refused, refusedErrors) = await OpenAsync("/live/overview.html?period=programme&lang=nl", "door-workshop");
        await Expect(refused.Locator("#refused-panel")).ToBeVisibleAsync(new() { Timeout = FirstLoad });
        await Expect(refused.Locator("#refused-panel h2")).ToHaveTextAsync("Geen toegang");
        await Expect(refused.Locator("#refused-problem")).ToHaveTextAsync("Indicators are for the secretariat and partner staff.");
        await Expect(refused.Locator("#app")).ToBeHiddenAsync();
        await Expect(refused.Locator("#status")).ToHaveTextAsync("Geen verbinding");
        await refused.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("programme-overview-refused-nl"), FullPage = true });

        var (bad, badErrors) = await OpenAsync("/live/overview.html?period=2011-13&lang=nl", "secretariat");
        await Expect(bad.Locator("#problem")).ToContainTextAsync("'2011-13' is not a reporting period", new() { Timeout = FirstLoad });
        await Expect(bad.Locator("[data-t=periodKind]")).ToHaveTextAsync("Soort periode");
        await Expect(bad.Locator("#totals .card")).ToHaveCountAsync(0);

        Assert.Empty(refusedErrors);
        Assert.Empty(badErrors);
    }

    /// <summary>A live taster session hosted by Kent County Council in Kent; returns its id.</summary>
    private Task<string> KentTasterAsync() => ApiScenario.StartEventAsync(Api(), new
    {
        title = "Kent taster", kind = "TASTER_SESSION", hostPartnerId = "kent-county-council", region = "KENT", sectors = s_mechatronics,
        startsAtLocal = ApiScenario.Today + "T10:00:00", endsAtLocal = ApiScenario.Today + "T12:00:00", venue = "Maidstone", capacity = 10,
    });

    private static ILocator Card(IPage page, string indicator) => page.Locator($"#totals [data-indicator={indicator}] .figure");

    private static ILocator Bar(IPage page, string cell) => page.Locator($"#chart tr[data-cell='{cell}'] td.n");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<JsonNode> FiguresAsync(GraphQLClient client, string period, string breakdown) =>
        (await client.DataAsync(Figures, new { period, breakdown = new[] { breakdown } }))["indicators"]!;

    /// <summary>The figures once two reads a second apart agree (the outboxes have delivered what was under way).</summary>
    private static async Task<JsonNode> SettledAsync(GraphQLClient client, string period, string breakdown)
    {
        var figures = await FiguresAsync(client, period, breakdown);
        await Eventually.TrueAsync(async () =>
        {
            await Task.Delay(1000);
            var again = await FiguresAsync(client, period, breakdown);
            var settled = again.ToJsonString() == figures.ToJsonString();
            figures = again;
            return settled;
        }, TimeSpan.FromSeconds(20), "the figures stop changing");
        return figures;
    }

    private static JsonNode Figure(JsonNode report, string indicator, string cell) =>
        report["figures"]!.AsArray().Single(f => f!["indicator"]!.GetValue<string>() == indicator && f["cell"]!.GetValue<string>() == cell)!;

    private static int Net(JsonNode report, string indicator, string cell) => Figure(report, indicator, cell)["net"]!.GetValue<int>();

    /// <summary>Opens a page signed in as the development person <paramref name="who"/> (e.g. <c>organiser-voka-east</c>), through the sign-in page.</summary>
    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string who)
    {
        var person = DevelopmentPeople.All.Single(p => p.Email.StartsWith(who + "@", StringComparison.Ordinal));
        return chromium.OpenSignedInAsync(factory.CreateClient().BaseAddress!, path, person.Email, person.Password);
    }
}
