using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The cluster page's member list and post box in headless Chromium: a member sees every member and posts
/// (the post comes back through the live feed, as text), in English and in French; partner staff see the members
/// their partner leads or served, are told the others are in the counts only, read the feed's other SMEs as "an
/// SME" without name or post, and get no post box (in Dutch).
/// </summary>
public sealed class ClusterPageTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    /// <summary>The demo SME whose member is a development person (Gentse Sensoren, mechatronics).</summary>
    private const string MemberSme = "BE-0403170701";

    private GraphQLClient Api() => new(factory.CreateClient());

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string who) =>
        chromium.OpenSignedInAsync(factory.CreateClient().BaseAddress!, path, who);

    private async Task MemberSmeInMechatronicsAsync()
    {
        var clusters = (await Api().DataAsync("query($id: ID!) { sme(id: $id) { clusters } }", new { id = MemberSme }))["sme"]!["clusters"]!.AsArray();
        if (!clusters.Any(c => c!.GetValue<string>() == "MECHATRONICS"))
        {
            await ApiScenario.JoinMechatronicsAsync(Api(), MemberSme);
        }
    }

    [Fact]
    public async Task A_member_sees_the_members_and_posts_in_the_feed_as_text()
    {
        await MemberSmeInMechatronicsAsync();
        var (page, errors) = await OpenAsync("/live/cluster.html?sector=mechatronics&lang=en", "member-gentse-sensoren");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");

        var mine = page.Locator($"#member-rows tr[data-id='{MemberSme}']");
        await Expect(mine).ToContainTextAsync("East Flanders");
        await Expect(mine.Locator("a")).ToHaveAttributeAsync("href", $"/live/sme.html?id={MemberSme}");
        var members = await page.Locator("#members").TextContentAsync();
        await Expect(page.Locator("#members-caption")).ToHaveTextAsync($"{await page.Locator("#member-rows tr").CountAsync()} of {members} members shown");
        await Expect(page.Locator("#members-partial")).ToBeHiddenAsync();

        var text = "<b>Sensor</b> housings wanted " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#post-text", text);
        await page.ClickAsync("#post");
        await Expect(page.Locator("#post-result")).ToHaveTextAsync("Posted.");
        await Expect(page.Locator("#post-text")).ToHaveValueAsync("");
        var item = page.Locator("#feed li[data-kind=Post]").Filter(new LocatorFilterOptions { HasText = text });
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync("Gentse Sensoren");
        await Expect(page.Locator("#feed b")).ToHaveCountAsync(0);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "cluster-page-member");
        Assert.Empty(errors);
    }

    /// <summary>The page's own texts in one language: connection status, sector, counts, feed and member table.</summary>
    private sealed record PageTexts(string Connected, string Sector, string Members, string ByCountry, string Feed, string MemberList, string[] MemberColumns);

    /// <summary>The page is connected and shows <paramref name="texts"/>.</summary>
    private static async Task ShowsClusterAsync(IPage page, PageTexts texts)
    {
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "connected");
        await Expect(page.Locator("#status")).ToHaveTextAsync(texts.Connected);
        await Expect(page.Locator("#cluster-name")).ToHaveTextAsync(texts.Sector);
        await Expect(page.Locator("[data-t=members]")).ToHaveTextAsync(texts.Members);
        await Expect(page.Locator("[data-t=byCountry]")).ToHaveTextAsync(texts.ByCountry);
        await Expect(page.Locator("#feed-title")).ToHaveTextAsync(texts.Feed);
        await Expect(page.Locator("#member-list h2")).ToHaveTextAsync(texts.MemberList);
        await Expect(page.Locator("#member-list th")).ToHaveTextAsync(texts.MemberColumns);
    }

    [Fact]
    public async Task A_member_reads_the_cluster_page_and_a_newcomer_in_French()
    {
        await MemberSmeInMechatronicsAsync();
        var (page, errors) = await OpenAsync("/live/cluster.html?sector=mechatronics&lang=fr", "member-gentse-sensoren");
        await ShowsClusterAsync(page, new("En direct", "Mécatronique", "membres", "Par pays", "Activité", "Membres", ["PME", "Pays", "Région", "Membre depuis"]));
        await Expect(page.Locator("#by-country")).ToContainTextAsync("Belgique");
        await Expect(page.Locator("#older-form:visible button, #older-none:visible")).ToHaveTextAsync(new Regex("^(Plus ancien|Rien de plus ancien)$"));
        await Expect(page.Locator("#members-caption")).ToHaveTextAsync(new Regex(@"^\d+ membres affichés sur \d+$"));
        await Expect(page.Locator($"#member-rows tr[data-id='{MemberSme}']")).ToContainTextAsync("Flandre-Orientale");
        await Expect(page.Locator("#post-box h2")).ToHaveTextAsync("Publier dans le cluster");
        await Expect(page.Locator("label[for=post-text]")).ToHaveTextAsync("Votre message (texte seul, 2 000 caractères au plus)");

        // A firm joining while the page is open arrives in French, and so does the member's own post.
        var newcomer = await ApiScenario.SmeAsync(Api(), "Nouveau Venu SARL");
        await ApiScenario.JoinMechatronicsAsync(Api(), newcomer);
        await Expect(page.Locator("#feed li[data-kind=MemberJoined]").Filter(new LocatorFilterOptions { HasText = "Nouveau Venu SARL" }))
            .ToContainTextAsync("Nouveau Venu SARL a rejoint le cluster");
        var text = "Capteurs à vendre " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#post-text", text);
        await page.ClickAsync("#post");
        await Expect(page.Locator("#post-result")).ToHaveTextAsync("Publié.");
        await Expect(page.Locator("#feed li[data-kind=Post]").Filter(new LocatorFilterOptions { HasText = text })).ToContainTextAsync("Gentse Sensoren : " + text);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "cluster-page-member-fr");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Partner_staff_see_the_members_their_partner_serves_the_others_as_an_SME_and_no_post_box_in_Dutch()
    {
        await MemberSmeInMechatronicsAsync();
        var (page, errors) = await OpenAsync("/live/cluster.html?sector=mechatronics&lang=nl", "partner-kcc");
        await ShowsClusterAsync(page, new("Live", "Mechatronica", "leden", "Per land", "Activiteit", "Leden", ["Kmo", "Land", "Regio", "Lid sinds"]));
        await Expect(page.Locator($"#member-rows tr[data-id='{MemberSme}']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#members-partial")).ToHaveTextAsync("U ziet de leden die uw partner begeleidt of heeft begeleid; de andere tellen alleen mee in de totalen.");
        await Expect(page.Locator("#post-box")).ToBeHiddenAsync();

        // An SME Kent County Council neither leads nor served joins and posts: the feed says so without naming it.
        var other = await ApiScenario.SmeAsync(Api(), "Verborgen Machines BV");
        await ApiScenario.JoinMechatronicsAsync(Api(), other);
        var post = await ApiScenario.PostToMechatronicsAsync(Api(), other, "Niet voor Kent");
        await Expect(page.Locator($"#feed li[data-sequence='{post}']")).ToContainTextAsync("Een kmo heeft een bericht in de cluster geplaatst");
        await Expect(page.Locator("#feed li[data-kind=MemberJoined]").Filter(new LocatorFilterOptions { HasTextRegex = new Regex("Een kmo is lid geworden$") }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#app")).Not.ToContainTextAsync("Verborgen Machines");
        await Expect(page.Locator("#app")).Not.ToContainTextAsync("Niet voor Kent");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "cluster-page-partner-nl");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Door_staff_are_refused_the_cluster_page_in_French()
    {
        var (door, errors) = await OpenAsync("/live/cluster.html?sector=mechatronics&lang=fr", "door-workshop");
        await Expect(door.Locator("#refused-panel")).ToBeVisibleAsync();
        await Expect(door.Locator("#refused-panel h2")).ToHaveTextAsync("Accès refusé");
        await Expect(door.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN : cette page n’est pas destinée à l’accueil.");
        await Expect(door.Locator("#app")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(door, "cluster-page-refused-door-staff-fr");

        // The hub refused the connection (403): the browser notes the request and the SignalR client its failure.
        Assert.All(errors, error => Assert.Contains("403", error, StringComparison.Ordinal));
    }
}
