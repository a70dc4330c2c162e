using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The programme overview in headless Chromium: its figures are the GraphQL API's, they move when a
/// check-in or an event's close changes them, partner staff get their own partner's figures only,
/// other roles are refused, the exports download, the page speaks EN/FR/NL and logs no console errors.
/// Each test uses its own month, so the demo data and the other tests never touch its figures.
/// </summary>
public sealed class OverviewPageTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    private const string Figures = """
        query($period: String!, $breakdown: [IndicatorDimension!]) {
          indicators(period: $period, breakdown: $breakdown) { noShowRate figures { indicator cell net } }
        }
        """;

    /// <summary>The page moves within two refreshes (5 s each) plus the outboxes' delivery.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions s_live = new() { Timeout = 30_000 };

    private GraphQLClient Api(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    [Fact]
    public async Task The_secretariat_sees_the_API_figures_and_sees_a_check_in_and_a_close_change_them()
    {
        const string Month = "2011-04";
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10, day: "2011-04-14");
        var first = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        var second = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        await Api().DataAsync(ApiScenario.CheckIn, new { code = first });
        await Eventually.TrueAsync(async () => Net(await FiguresAsync(Api(), Month), "ENTERPRISES_SUPPORTED", "total") == 1
            && Net(await FiguresAsync(Api(), Month), "ATTENDANCES", "total") == 1, TimeSpan.FromSeconds(20), "the check-in is counted");
        var api = await FiguresAsync(Api(), Month);

        var (page, errors) = await OpenAsync($"/live/overview.html?period={Month}&breakdown=partner&indicator=ATTENDANCES&lang=en", "dev-secretariat");

        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Programme overview");
        await Expect(page.Locator("#headline")).ToHaveTextAsync("Programme total · April 2011");
        foreach (var figure in api["figures"]!.AsArray().Where(f => f!["cell"]!.GetValue<string>() == "total"))
        {
            await Expect(Card(page, figure!["indicator"]!.GetValue<string>())).ToHaveTextAsync(Text(figure["net"]!.GetValue<int>()));
        }

        await Expect(page.Locator("#chart-title")).ToHaveTextAsync("Attendances · By partner");
        await Expect(page.Locator("#chart tr")).ToHaveCountAsync(8);
        await Expect(page.Locator("#chart tr[data-cell='partner:voka-east-flanders'] th")).ToHaveTextAsync("VOKA East Flanders");
        await Expect(page.Locator("#chart tr[data-cell='partner:voka-east-flanders'] td.n")).ToHaveTextAsync(Text(Net(api, "ATTENDANCES", "partner:voka-east-flanders")));
        await Expect(page.Locator("#chart tr[data-cell='partner:aditec'] td.n")).ToHaveTextAsync("0");
        await Expect(page.Locator("#chart-section")).ToContainTextAsync("may add up to more than the total");

        await Api().DataAsync(ApiScenario.CheckIn, new { code = second });
        await Expect(Card(page, "ATTENDANCES")).ToHaveTextAsync("2", s_live);
        await Expect(Card(page, "ENTERPRISES_SUPPORTED")).ToHaveTextAsync("2", s_live);
        await Expect(page.Locator("#chart tr[data-cell='partner:voka-east-flanders'] td.n")).ToHaveTextAsync("2", s_live);
        await Expect(page.Locator("#chart tr[data-cell='partner:voka-east-flanders'] td.bar div")).ToHaveAttributeAsync("style", "width: 100%;");

        await Api().DataAsync("mutation($id: ID!) { closeEvent(id: $id) { id } }", new { id = eventId });
        await Expect(Card(page, "EVENTS_HELD")).ToHaveTextAsync("1", s_live);
        await Expect(Card(page, "NO_SHOWS")).ToHaveTextAsync("1", s_live);
        await Expect(page.Locator("#no-show-rate")).ToHaveTextAsync("33.3%", s_live);
        var closed = await FiguresAsync(Api(), Month);
        Assert.Equal((1, 1, 2), (Net(closed, "EVENTS_HELD", "total"), Net(closed, "NO_SHOWS", "total"), Net(closed, "ATTENDANCES", "total")));

        await page.SelectOptionAsync("#breakdown", "SIZE_BAND");
        await Card(page, "ENTERPRISES_SUPPORTED").ClickAsync();
        await Expect(page.Locator("#chart-title")).ToHaveTextAsync("Enterprises supported · By size band");
        await Expect(page.Locator("#chart tr[data-cell='size:micro'] th")).ToHaveTextAsync("Micro (under 10 staff)");
        await Expect(page.Locator("#chart tr[data-cell='size:micro'] td.n")).ToHaveTextAsync("2");
        Assert.Contains("breakdown=size", page.Url, StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-figures"));
        Assert.Equal($"indicators-{Month}-figures.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("may add up to more than the total", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains($"{Month},attendances,Total,total,2,0,2,no", csv.Split('\n').Select(line => line.TrimEnd('\r')));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("programme-overview"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Partner_staff_see_their_own_partner_figures_only_in_French_and_live()
    {
        const string Month = "2011-05";
        var workshop = await ApiScenario.LiveEventAsync(Api(), capacity: 10, day: "2011-05-10");
        await Api().DataAsync(ApiScenario.CheckIn, new { code = await ApiScenario.RegisterAsync(Api(), workshop, await ApiScenario.SmeAsync(Api())) });
        var taster = await KentTasterAsync("2011-05-20");
        await Api().DataAsync(ApiScenario.CheckIn, new { code = await ApiScenario.RegisterAsync(Api(), taster, await ApiScenario.SmeAsync(Api())) });
        await Eventually.TrueAsync(async () => Net(await FiguresAsync(Api(), Month), "ATTENDANCES", "total") == 2, TimeSpan.FromSeconds(20), "both check-ins are counted");
        var asPartner = await FiguresAsync(Api("dev-partner-kcc"), Month);
        Assert.All(asPartner["figures"]!.AsArray(), f => Assert.Equal("partner:kent-county-council", f!["cell"]!.GetValue<string>()));
        Assert.Equal(1, Net(asPartner, "ATTENDANCES", "partner:kent-county-council"));

        var (page, errors) = await OpenAsync($"/live/overview.html?period={Month}&breakdown=region&lang=fr", "dev-partner-kcc");

        await Expect(page.Locator("#status")).ToHaveTextAsync("En direct");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Vue d’ensemble du programme");
        await Expect(page.Locator("#partner-only")).ToHaveTextAsync(
            "Vous ne voyez que les chiffres de Kent County Council. Les totaux du programme et les autres ventilations sont réservés au secrétariat.");
        await Expect(page.Locator("#headline")).ToHaveTextAsync("Kent County Council · mai 2011");
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
        await Expect(Card(page, "ATTENDANCES")).ToHaveTextAsync("2", s_live);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("programme-overview-partner-fr"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Door_staff_are_refused_in_Dutch_and_a_bad_period_is_named()
    {
        var (refused, refusedErrors) = await OpenAsync("/live/overview.html?period=programme&lang=nl", "dev-door-workshop");
        await Expect(refused.Locator("#key-panel")).ToBeVisibleAsync();
        await Expect(refused.Locator("#key-panel h2")).ToHaveTextAsync("API-sleutel");
        await Expect(refused.Locator("#key-problem")).ToHaveTextAsync("Deze sleutel is geweigerd: Indicators are for the secretariat and partner staff.");
        await Expect(refused.Locator("#app")).ToBeHiddenAsync();
        await Expect(refused.Locator("#status")).ToHaveTextAsync("Geen verbinding");
        await refused.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("programme-overview-refused-nl"), FullPage = true });

        var (bad, badErrors) = await OpenAsync("/live/overview.html?period=2011-13&lang=nl", "dev-secretariat");
        await Expect(bad.Locator("#problem")).ToContainTextAsync("'2011-13' is not a reporting period");
        await Expect(bad.Locator("[data-t=periodKind]")).ToHaveTextAsync("Soort periode");
        await Expect(bad.Locator("#totals .card")).ToHaveCountAsync(0);

        Assert.Empty(refusedErrors);
        Assert.Empty(badErrors);
    }

    /// <summary>A live taster session hosted by Kent County Council in Kent on <paramref name="day"/>; returns its id.</summary>
    private Task<string> KentTasterAsync(string day) => ApiScenario.StartEventAsync(Api(), new
    {
        title = "Kent taster", kind = "TASTER_SESSION", hostPartnerId = "kent-county-council", region = "KENT", sectors = new[] { "MECHATRONICS" },
        startsAtLocal = day + "T10:00:00", endsAtLocal = day + "T12:00:00", venue = "Maidstone", capacity = 10,
    });

    private static ILocator Card(IPage page, string indicator) => page.Locator($"#totals [data-indicator={indicator}] .figure");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<JsonNode> FiguresAsync(GraphQLClient client, string period) =>
        (await client.DataAsync(Figures, new { period, breakdown = new[] { "PARTNER" } }))["indicators"]!;

    private static int Net(JsonNode report, string indicator, string cell) =>
        report["figures"]!.AsArray().Single(f => f!["indicator"]!.GetValue<string>() == indicator && f["cell"]!.GetValue<string>() == cell)!["net"]!.GetValue<int>();

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string apiKey) =>
        chromium.OpenAsync(factory.CreateClient().BaseAddress!, path, apiKey);
}
