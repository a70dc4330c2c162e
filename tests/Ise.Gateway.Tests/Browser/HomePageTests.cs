using System.Net;
using Ise.Gateway.Demo;
using Ise.Gateway.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The home page at <c>/</c> in headless Chromium: signed out it says what ISE is and offers the sign-in;
/// signed in it shows the person's role and scope and the demo's live and upcoming events as the API lists
/// them, for the secretariat every page and dashboard; a deep link survives the sign-in; the shared header's
/// language switch is kept across a reload; signing in and moving on work with the keyboard alone.
/// </summary>
public sealed class HomePageTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    private Uri BaseAddress => factory.CreateClient().BaseAddress!;

    private static DevelopmentPerson Person(string who) =>
        DevelopmentPeople.All.Single(p => p.Email.StartsWith(who + "@", StringComparison.Ordinal));

    /// <summary>
    /// Signed out, the home page asks who is signed in and the gateway answers 401, which Chromium logs as a
    /// console error of its own; any other error is the page's.
    /// </summary>
    private static void OnlyTheSignedOutRefusals(List<string> errors) =>
        Assert.All(errors, error => Assert.StartsWith("Failed to load resource: the server responded with a status of 401", error, StringComparison.Ordinal));

    /// <summary>Opens the home page at <paramref name="path"/> signed out, follows its sign-in link and signs in there as <paramref name="person"/>.</summary>
    private async Task<(IPage Page, List<string> Errors)> SignInFromHomeAsync(string path, DevelopmentPerson person)
    {
        var (page, errors) = await chromium.OpenAsync(BaseAddress, path);
        await page.ClickAsync("#home-signin");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/signin");
        await page.FillAsync("#email", person.Email);
        await page.FillAsync("#password", person.Password);
        await page.ClickAsync("#signin");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/");
        HeadlessChromium.ForgetSignedOutRefusals(errors);
        return (page, errors);
    }

    /// <summary>The home page says who is signed in (name, role, scope) and what that role lets them do (<paramref name="canDo"/> is part of it).</summary>
    private static async Task ShowsPersonAsync(IPage page, DevelopmentPerson person, string role, string scope, string canDo)
    {
        await Expect(page.Locator("#person-name")).ToHaveTextAsync(person.DisplayName);
        await Expect(page.Locator("#person-role")).ToHaveTextAsync(role);
        await Expect(page.Locator("#person-scope")).ToHaveTextAsync(scope);
        await Expect(page.Locator("#can-do")).ToContainTextAsync(canDo);
    }

    [Fact]
    public async Task The_home_page_answers_signed_out_with_what_ISE_is_and_the_sign_in()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

        var (page, errors) = await chromium.OpenAsync(BaseAddress, "/?lang=en");

        await Expect(page.Locator("#about h2")).ToHaveTextAsync("What ISE is");
        await Expect(page.Locator("#about")).ToContainTextAsync("ISE is an Interreg project which supports businesses from 5 regions");
        await Expect(page.Locator("#home-signin")).ToBeVisibleAsync();
        await Expect(page.Locator("#nav-signin")).ToBeVisibleAsync();
        await Expect(page.Locator("#nav-home")).ToBeVisibleAsync();
        await Expect(page.Locator("#signout")).ToBeHiddenAsync();
        await Expect(page.Locator("#person")).ToBeHiddenAsync();
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("home-signed-out"), FullPage = true });
        OnlyTheSignedOutRefusals(errors);
    }

    [Fact]
    public async Task Signing_in_from_the_home_page_returns_to_it_with_the_persons_role_and_the_live_demo_events()
    {
        var partner = Person("partner-kcc");
        var (page, errors) = await SignInFromHomeAsync("/?lang=en", partner);

        await ShowsPersonAsync(page, partner, "Partner staff", " · Kent County Council", "You act for Kent County Council");
        await Expect(page.Locator("#about")).ToBeHiddenAsync();

        // The demo's two live events, the open one upcoming; the draft and the closed one nowhere.
        var live = page.Locator("#live-events");
        await Expect(live).ToContainTextAsync(DemoSmes.Label + "Innovation taster: digital tools for small firms");
        await Expect(live).ToContainTextAsync(DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        await Expect(page.Locator("#upcoming-events")).ToContainTextAsync(DemoSmes.Label + "Major innovation event: digital and creative");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Food & drink taster (planning)");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("new materials cross-border days");

        // Kent County Council hosts the taster: its dashboard is linked; VOKA's workshop is listed without one.
        await Expect(live.Locator($"li[data-id={DemoEvents.TasterId}] a:not(.door-link)")).ToHaveAttributeAsync("href", "/live/event.html?id=" + DemoEvents.TasterId);
        await Expect(live.Locator($"li[data-id={DemoEvents.TasterId}] a.door-link")).ToHaveAttributeAsync("href", "/live/door.html?id=" + DemoEvents.TasterId);
        await Expect(live.Locator($"li[data-id={DemoEvents.WorkshopId}] a")).ToHaveCountAsync(0);
        await Expect(page.Locator("#page-links")).ToContainTextAsync("Programme overview");
        await Expect(page.Locator("#page-links")).ToContainTextAsync("Cluster: Mechatronics");
        await Expect(page.Locator("#nav-overview")).ToBeVisibleAsync();
        await Expect(page.Locator("#nav-signin")).ToBeHiddenAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("home-partner-staff"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_secretariat_sees_the_whole_programme_every_dashboard_and_every_page_in_French()
    {
        var secretariat = Person("secretariat");
        var (page, errors) = await SignInFromHomeAsync("/?lang=fr", secretariat);

        await ShowsPersonAsync(page, secretariat, "Secrétariat du programme", "",
            "Vous voyez tout le programme : chaque PME, chaque événement et cluster, les indicateurs de chaque partenaire et leurs exports, ainsi que les comptes et les clés d’API.");

        // Every live and upcoming event opens its dashboard, whichever partner hosts it; the live ones their door page too.
        foreach (var id in new[] { DemoEvents.TasterId, DemoEvents.WorkshopId })
        {
            await Expect(page.Locator($"#live-events li[data-id={id}] a:not(.door-link)")).ToHaveAttributeAsync("href", "/live/event.html?id=" + id);
            await Expect(page.Locator($"#live-events li[data-id={id}] a.door-link")).ToHaveTextAsync("Accueil des participants");
        }

        await Expect(page.Locator($"#upcoming-events li[data-id={DemoEvents.MajorId}] a:not(.door-link)")).ToHaveAttributeAsync("href", "/live/event.html?id=" + DemoEvents.MajorId);

        // Every page of the programme, then every cluster, in French.
        await Expect(page.Locator("#page-links a")).ToHaveTextAsync([
            "PME", "Inscrire une PME", "Fusionner une PME provisoire", "Événements", "Créer un événement", "Vue d’ensemble",
            "Explorateur GraphQL (l’API, pour les personnes et les programmes)",
            "Cluster : Agroalimentaire", "Cluster : Mécatronique", "Cluster : Numérique et créatif", "Cluster : Nouveaux matériaux",
        ]);
        string[] pages = ["/live/smes.html", "/live/sme-register.html", "/live/sme-merge.html", "/live/events.html", "/live/event-create.html", "/live/overview.html", "/graphql",
            "/live/cluster.html?sector=food-and-drink", "/live/cluster.html?sector=mechatronics", "/live/cluster.html?sector=digital-and-creative", "/live/cluster.html?sector=new-materials"];
        Assert.Equal(pages, await page.Locator("#page-links a").EvaluateAllAsync<string[]>("links => links.map((a) => a.getAttribute('href'))"));
        await Expect(page.Locator("#nav-my-sme")).ToBeHiddenAsync();
        await Expect(page.Locator("#nav-door")).ToBeHiddenAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "home-secretariat-fr");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_deep_link_to_a_live_page_followed_through_the_sign_in_lands_on_that_page_with_the_shared_header()
    {
        var secretariat = Person("secretariat");
        var (page, errors) = await chromium.OpenSignedInAsync(BaseAddress, "/live/cluster.html?sector=new-materials&lang=en", secretariat.Email, secretariat.Password);

        Assert.Equal("sector=new-materials&lang=en", new Uri(page.Url).Query.TrimStart('?'));
        await Expect(page.Locator("#cluster-name")).ToHaveTextAsync("New Materials");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        await Expect(page.Locator("#nav-home")).ToHaveAttributeAsync("href", "/");
        await Expect(page.Locator("#nav-overview")).ToBeVisibleAsync();
        await Expect(page.Locator("#nav-my-event")).ToBeHiddenAsync();
        await Expect(page.Locator("#who")).ToHaveTextAsync(secretariat.DisplayName);

        await page.ClickAsync("#nav-home");
        await Expect(page.Locator("#person-role")).ToHaveTextAsync("Programme secretariat");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Door_staff_see_their_event_by_name_and_a_link_to_it_in_Dutch()
    {
        var door = Person("door-workshop");
        var (page, errors) = await SignInFromHomeAsync("/?lang=nl", door);
        Assert.Equal("?lang=nl", new Uri(page.Url).Query);

        await Expect(page.Locator("#person-role")).ToHaveTextAsync("Onthaal");
        await Expect(page.Locator("#person-scope")).ToHaveTextAsync(" · " + DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        await Expect(page.Locator("#nav-my-event")).ToHaveAttributeAsync("href", "/live/event.html?id=" + DemoEvents.WorkshopId);
        await Expect(page.Locator("#nav-my-event")).ToHaveTextAsync("Mijn evenement");
        await Expect(page.Locator("#nav-overview")).ToBeHiddenAsync();
        await Expect(page.Locator($"#live-events li[data-id={DemoEvents.WorkshopId}] a:not(.door-link)")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#live-events li[data-id={DemoEvents.WorkshopId}] a.door-link")).ToHaveTextAsync("Aanmelden aan de deur");
        await Expect(page.Locator("#nav-door")).ToHaveAttributeAsync("href", "/live/door.html?id=" + DemoEvents.WorkshopId);
        await Expect(page.Locator($"#live-events li[data-id={DemoEvents.TasterId}] a")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("home-door-staff-nl"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Signing_in_opening_a_page_from_the_header_and_searching_there_work_with_the_keyboard_alone()
    {
        var partner = Person("partner-kcc");
        var (page, errors) = await chromium.OpenAsync(BaseAddress, "/signin?lang=en");
        await TabToAsync(page, "email");
        await page.Keyboard.TypeAsync(partner.Email);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(partner.Password);
        await page.Keyboard.PressAsync("Enter");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/");
        HeadlessChromium.ForgetSignedOutRefusals(errors);
        await Expect(page.Locator("#person-role")).ToHaveTextAsync("Partner staff");

        await Expect(page.Locator("#nav-smes")).ToBeVisibleAsync();
        await TabToAsync(page, "nav-smes");
        await page.Keyboard.PressAsync("Enter");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/smes.html");
        await Expect(page.Locator("#results-caption")).Not.ToBeEmptyAsync();
        await TabToAsync(page, "filter-name");
        await page.Keyboard.TypeAsync("canterbury craft");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#results-caption")).ToHaveTextAsync("Page 1: 1 SMEs");
        await Expect(page.Locator("#result-rows")).ToContainTextAsync("Canterbury Craft Foods Ltd");
        Assert.Empty(errors);
    }

    /// <summary>Presses Tab until the element <paramref name="id"/> has the focus: it is reachable from the keyboard (in at most 40 steps).</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.id") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"#{id} was not reached with the Tab key.");
    }

    [Fact]
    public async Task A_document_a_page_sends_that_is_not_a_page_document_is_one_of_its_errors()
    {
        var (page, errors) = await SignInFromHomeAsync("/?lang=en", Person("partner-kcc"));
        await Expect(page.Locator("#person-role")).ToHaveTextAsync("Partner staff");
        var own = "query { me { role } } # " + Guid.NewGuid();
        const string PageDocument = "query($id: ID!) { event(id: $id) { id title } }";

        foreach (var query in new[] { own, PageDocument })
        {
            await page.EvaluateAsync("async (body) => (await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', ...IseLive.csrf }, body })).status",
                System.Text.Json.JsonSerializer.Serialize(new { query, variables = new { id = DemoEvents.WorkshopId } }));
        }

        Assert.Equal(new[] { PageDocumentWatch.Reported + own }, errors);
    }

    [Fact]
    public async Task The_language_switch_turns_the_home_page_French_and_the_choice_survives_a_reload()
    {
        var (page, errors) = await chromium.OpenAsync(BaseAddress, "/");
        await Expect(page.Locator("#about h2")).ToHaveTextAsync("What ISE is");

        await page.SelectOptionAsync("#lang", "fr");
        await Expect(page.Locator("#about h2")).ToHaveTextAsync("Qu’est-ce qu’ISE ?");
        await Expect(page.Locator("#home-signin")).ToHaveTextAsync("Se connecter");

        await page.ReloadAsync();
        await Expect(page.Locator("#about h2")).ToHaveTextAsync("Qu’est-ce qu’ISE ?");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("#lang")).ToHaveValueAsync("fr");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("home-signed-out-fr"), FullPage = true });

        // Another page of the same browser opens in French too.
        await page.GotoAsync("/signin");
        await Expect(page.Locator("#signin-panel h2")).ToHaveTextAsync("Connexion");
        OnlyTheSignedOutRefusals(errors);
    }
}
