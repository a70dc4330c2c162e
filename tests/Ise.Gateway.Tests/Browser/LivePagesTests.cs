using Ise.Gateway.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The live pages in a real headless Chromium, served by the embedded gateway on Kestrel: they
/// connect, show the snapshot, move when something happens through the API, render user text as
/// text, and log no console errors. Screenshots of each page are saved under the test output.
/// </summary>
public sealed class LivePagesTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    private GraphQLClient Api() => new(factory.CreateClient());

    [Fact]
    public async Task The_organiser_dashboard_shows_a_check_in_made_through_the_API_and_answers_a_duplicate_scan()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var code = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api(), "Zeeuwse <b>Sensoren</b> BV"));
        await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        var (page, errors) = await OpenAsync($"/live/event.html?id={eventId}&lang=en", "organiser-voka-east");

        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        await Expect(page.Locator("#event-title")).ToHaveTextAsync("API workshop");
        await Expect(page.Locator("#checked-in")).ToHaveTextAsync("0");
        await Expect(page.Locator("#expected")).ToHaveTextAsync("2");

        await Api().DataAsync(ApiScenario.CheckIn, new { code });

        await Expect(page.Locator("#checked-in")).ToHaveTextAsync("1");
        await Expect(page.Locator("#arrivals li").First).ToContainTextAsync("Zeeuwse <b>Sensoren</b> BV");
        await Expect(page.Locator("#progress")).ToHaveAttributeAsync("style", "width: 50%;");
        await Expect(page.Locator("#by-country")).ToContainTextAsync("Netherlands");
        await Expect(page.Locator("#arrivals b")).ToHaveCountAsync(0);

        await page.FillAsync("#code", code);
        await page.ClickAsync("#checkin-form button");
        await Expect(page.Locator("#checkin-result")).ToHaveClassAsync("answer duplicate");
        await Expect(page.Locator("#checkin-result")).ToContainTextAsync("Already checked in at");
        await Expect(page.Locator("#checked-in")).ToHaveTextAsync("1");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("event-dashboard"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_dashboard_speaks_French_and_Dutch_and_refuses_door_staff_of_another_event()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var (french, frenchErrors) = await OpenAsync($"/live/event.html?id={eventId}&lang=fr", "organiser-voka-east");
        await Expect(french.Locator("#status")).ToHaveTextAsync("En direct");
        await Expect(french.Locator("[data-t=checkedInOf]")).ToHaveTextAsync("présents sur");

        var (dutch, dutchErrors) = await OpenAsync($"/live/event.html?id={eventId}&lang=nl", "door-workshop");
        await Expect(dutch.Locator("#refused-panel")).ToBeVisibleAsync();
        await Expect(dutch.Locator("#refused-problem")).ToContainTextAsync("FORBIDDEN");
        await Expect(dutch.Locator("#refused-panel h2")).ToHaveTextAsync("Geen toegang");
        await Expect(dutch.Locator("#who")).ToHaveTextAsync("Door staff of the demo workshop (development)");
        await dutch.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("event-dashboard-refused-nl"), FullPage = true });

        Assert.Empty(frenchErrors);
        Assert.Empty(dutchErrors);
    }

    [Fact]
    public async Task The_cluster_page_shows_a_new_member_and_post_live_as_text()
    {
        var (page, errors) = await OpenAsync("/live/cluster.html?sector=mechatronics&lang=en", "secretariat");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        await Expect(page.Locator("#cluster-name")).ToHaveTextAsync("Mechatronics");
        var members = int.Parse(await page.Locator("#members").TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        var sme = await ApiScenario.SmeAsync(Api(), "Middelburg Motion BV");

        await ApiScenario.JoinMechatronicsAsync(Api(), sme);
        await Expect(page.Locator("#members")).ToHaveTextAsync((members + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("#feed li").First).ToContainTextAsync("Middelburg Motion BV joined the cluster");
        await ApiScenario.PostToMechatronicsAsync(Api(), sme, "<img src=x onerror=alert(1)> Looking for a Kent partner");

        await Expect(page.Locator("#feed li").First).ToContainTextAsync("<img src=x onerror=alert(1)> Looking for a Kent partner");
        await Expect(page.Locator("#feed img")).ToHaveCountAsync(0);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("cluster-page"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_announced_event_shows_its_title_once_in_the_cluster_feed()
    {
        var (page, errors) = await OpenAsync("/live/cluster.html?sector=mechatronics&lang=en", "secretariat");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        var title = "Sensor clinic " + Guid.NewGuid().ToString("N")[..6];
        var id = (await Api().DataAsync(ApiScenario.CreateEvent, new { input = ApiScenario.Workshop(capacity: 10, title: title) }))["createEvent"]!["id"]!.GetValue<string>();
        await Api().DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id });

        var item = page.Locator("#feed li[data-kind=EventAnnounced]").Filter(new LocatorFilterOptions { HasText = title });
        await Expect(item).ToHaveCountAsync(1);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(await item.InnerTextAsync(), System.Text.RegularExpressions.Regex.Escape(title)));
        await Expect(item).ToContainTextAsync("Event announced: " + title);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_wrong_password_is_named_on_the_sign_in_page_and_signing_out_returns_to_it()
    {
        var organiser = DevelopmentPeople.All.Single(p => p.Role == Ise.Security.IseRole.EventOrganiser);
        var path = $"/live/event.html?id={Demo.DemoEvents.WorkshopId}&lang=fr";
        var (page, _) = await chromium.OpenAsync(factory.CreateClient().BaseAddress!, path);

        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/signin");
        Assert.Equal(path, System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["returnUrl"]);
        await Expect(page.Locator("#signin-panel h2")).ToHaveTextAsync("Connexion");
        await page.FillAsync("#email", organiser.Email);
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("#signin");
        await Expect(page.Locator("#signin-problem")).ToHaveTextAsync("L’adresse e-mail ou le mot de passe est incorrect.");
        await Expect(page.Locator("#password")).ToHaveValueAsync("");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("signin-wrong-password-fr"), FullPage = true });

        await page.FillAsync("#password", organiser.Password);
        await page.ClickAsync("#signin");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == path.Split('?')[0]);
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        await Expect(page.Locator("#who")).ToHaveTextAsync(organiser.DisplayName);
        await Expect(page.Locator("#signout")).ToHaveTextAsync("Se déconnecter");

        await page.ClickAsync("#signout");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/signin");
        await page.GotoAsync(path);
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/signin");
    }

    [Fact]
    public async Task The_sign_in_page_follows_only_a_local_return_address()
    {
        var door = DevelopmentPeople.All.Single(p => p.Role == Ise.Security.IseRole.DoorStaff);
        var (page, errors) = await chromium.OpenAsync(factory.CreateClient().BaseAddress!, "/signin?returnUrl=" + Uri.EscapeDataString("//example.org/phish"));

        await page.FillAsync("#email", door.Email);
        await page.FillAsync("#password", door.Password);
        await page.ClickAsync("#signin");

        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/event.html");
        Assert.Equal(factory.CreateClient().BaseAddress!.Authority, new Uri(page.Url).Authority);
        Assert.Contains("id=" + Demo.DemoEvents.WorkshopId, page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_sign_in_page_speaks_Dutch()
    {
        var (page, errors) = await chromium.OpenAsync(factory.CreateClient().BaseAddress!, "/signin?lang=nl");
        await Expect(page.Locator("h2[data-t=signInTitle]")).ToHaveTextAsync("Inloggen");
        await Expect(page.Locator("label:has(#email)")).ToHaveTextAsync("E-mailadres");
        await Expect(page.Locator("label:has(#password)")).ToHaveTextAsync("Wachtwoord");
        await Expect(page.Locator("#signin")).ToHaveTextAsync("Inloggen");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "signin-nl");
        Assert.Empty(errors);
    }

    /// <summary>Opens a page signed in as the development person <paramref name="who"/> (e.g. <c>organiser-voka-east</c>), through the sign-in page.</summary>
    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string who) =>
        chromium.OpenSignedInAsync(factory.CreateClient().BaseAddress!, path, who);
}
