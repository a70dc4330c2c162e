using Ise.Gateway.Demo;
using Ise.Gateway.Tests.TrustedDocuments;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The pages of door staff in a deployment that lets them send trusted documents only
/// (<c>Ise:Api:RequireTrustedDocuments</c>): the home page (one document for every role) and the door page work
/// as they do elsewhere, since every document a page sends is one of the page documents the gateway trusts.
/// </summary>
public sealed class TrustedDocumentsOnlyPagesTests(TrustedDocumentsOnlyGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<TrustedDocumentsOnlyGatewayFactory>, IClassFixture<HeadlessChromium>
{
    [Fact]
    public async Task Door_staff_check_in_at_the_door_and_see_their_event_on_the_home_page()
    {
        var baseAddress = factory.CreateClient().BaseAddress!;
        var secretariat = new GraphQLClient(factory.CreateClient());
        var code = await ApiScenario.RegisterAsync(secretariat, DemoEvents.WorkshopId, await ApiScenario.SmeAsync(secretariat));

        var (page, errors) = await chromium.OpenSignedInAsync(baseAddress, "/live/door.html?lang=en", "door-workshop");
        await Expect(page.Locator("#event-title")).ToHaveTextAsync(DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        await page.FillAsync("#code", code);
        await page.ClickAsync("#check-in");
        await Expect(page.Locator("#answer")).ToHaveAttributeAsync("data-kind", "ok");

        await page.GotoAsync("/?lang=en");
        await Expect(page.Locator("#person-scope")).ToHaveTextAsync(" · " + DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        await Expect(page.Locator($"#live-events li[data-id={DemoEvents.WorkshopId}] a.door-link")).ToHaveCountAsync(1);

        Assert.Empty(errors);
    }
}
