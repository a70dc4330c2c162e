using System.Text.Json.Nodes;
using Ise.Gateway.Demo;
using Microsoft.Playwright;
using QRCoder;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The door check-in page in headless Chromium, as the demo workshop's door staff: a typed code, a photo of a
/// badge read by jsQR (BarcodeDetector taken away), scans made while the network is cut kept on the phone across
/// a reload and sent once with their scan time when it is back, the page reopened from its service worker's cache
/// with no network at all, a walk-in found by name, refusals, French and
/// Dutch; axe-core finds no violation.
/// </summary>
public sealed class DoorPageTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    private const string Workshop = DemoEvents.WorkshopId;

    private const string Replay = "mutation($code: String!, $scanId: String, $scannedAt: DateTimeOffset) { checkIn(code: $code, scanId: $scanId, scannedAt: $scannedAt) { outcome localTime registration { checkedInAt } } }";

    private GraphQLClient Api(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string who = "door-workshop") =>
        chromium.OpenSignedInAsync(factory.CreateClient().BaseAddress!, path, who);

    /// <summary>A fresh SME registered for the demo workshop; its attendee code.</summary>
    private async Task<string> AttendeeCodeAsync() => await ApiScenario.RegisterAsync(Api(), Workshop, await ApiScenario.SmeAsync(Api()));

    private async Task<int> CheckedInAsync() =>
        (await Api().DataAsync("query($id: ID!) { event(id: $id) { stats { checkedIn } } }", new { id = Workshop }))["event"]!["stats"]!["checkedIn"]!.GetValue<int>();

    /// <summary>The scans the page keeps in IndexedDB for the workshop, oldest first.</summary>
    private static async Task<JsonArray> KeptScansAsync(IPage page) =>
        JsonNode.Parse(await page.EvaluateAsync<string>($"async () => JSON.stringify(await IseDoorQueue.all('{Workshop}'))"))!.AsArray();

    /// <summary>
    /// Each kept scan was checked in at its own scan time, before <paramref name="restored"/> (when the network came
    /// back): the same scan sent again (its answer lost on the way, say) is the same scan, with its first answer and time.
    /// </summary>
    private async Task AssertCheckedInAtTheirScanTimeAsync(JsonArray kept, DateTimeOffset restored)
    {
        foreach (var scan in kept)
        {
            var scannedAt = DateTimeOffset.Parse(scan!["scannedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            var replayed = (await Api("dev-door-workshop").DataAsync(Replay, new { code = scan["code"]!.GetValue<string>(), scanId = scan["scanId"]!.GetValue<string>(), scannedAt }))["checkIn"]!;
            Assert.Equal("CHECKED_IN", replayed["outcome"]!.GetValue<string>());
            Assert.Equal(scannedAt, replayed["registration"]!["checkedInAt"]!.GetValue<DateTimeOffset>());
            Assert.True(scannedAt < restored, "The check-in is dated by the scan, not by the sync.");
        }
    }

    /// <summary>Waits until the door page's service worker is active and controls the page (its files are cached then).</summary>
    private static async Task ServiceWorkerReadyAsync(IPage page) =>
        await page.EvaluateAsync("""
            async () => {
              await navigator.serviceWorker.ready;
              if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
            }
            """);

    /// <summary>The path of every request the page's origin holds in its Cache Storage.</summary>
    private static async Task<string[]> CachedPathsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            async () => {
              const paths = [];
              for (const name of await caches.keys()) {
                for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
              }
              return paths;
            }
            """);

    [Fact]
    public async Task A_typed_code_checks_in_a_second_scan_says_already_checked_in_at_its_time_and_an_unknown_code_is_not_registered()
    {
        var code = await AttendeeCodeAsync();
        var (page, errors) = await OpenAsync("/live/door.html?lang=en");
        await Expect(page.Locator("#event-title")).ToHaveTextAsync(DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        await Expect(page.Locator("#network")).ToHaveTextAsync("Online: scans are sent at once.");

        await page.FillAsync("#code", code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#answer")).ToHaveAttributeAsync("data-kind", "ok");
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Checked in at \d\d:\d\d\.$"));
        var time = (await page.Locator("#answer-text").TextContentAsync())!["Checked in at ".Length..^1];
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "door-checked-in");

        await page.FillAsync("#code", code);
        await page.ClickAsync("#check-in");
        await Expect(page.Locator("#answer")).ToHaveAttributeAsync("data-kind", "duplicate");
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync($"Already checked in at {time}.");
        await HeadlessChromium.ScreenshotAsync(page, "door-already-checked-in");

        await page.FillAsync("#code", $"{Workshop}.0.ABCDEFGHJKMNPQRS");
        await page.ClickAsync("#check-in");
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync("Not registered: no attendee has this code.");
        await page.FillAsync("#code", "not a code");
        await page.ClickAsync("#check-in");
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync("Not an attendee code.");
        await Expect(page.Locator("#answer")).ToHaveAttributeAsync("data-kind", "error");
        await Expect(page.Locator("#scans li")).ToHaveCountAsync(4);
        await Expect(page.Locator("#queue-length")).ToHaveTextAsync("0");
        await HeadlessChromium.ScreenshotAsync(page, "door-not-registered");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_photo_of_a_badge_is_read_by_jsQR_when_the_browser_has_no_BarcodeDetector()
    {
        var code = await AttendeeCodeAsync();
        using var qr = new QRCodeGenerator().CreateQrCode(code, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(qr).GetGraphic(8);
        var (page, errors) = await OpenAsync("/live/door.html?lang=en");
        await page.AddInitScriptAsync("delete window.BarcodeDetector;");
        await page.ReloadAsync();
        await Expect(page.Locator("#decoder")).ToHaveTextAsync("QR codes are read by jsQR (this browser has no barcode reader of its own).");
        Assert.False(await page.EvaluateAsync<bool>("'BarcodeDetector' in window"));

        await page.SetInputFilesAsync("#photo", new FilePayload { Name = "badge.png", MimeType = "image/png", Buffer = png });
        await Expect(page.Locator("#answer-text")).ToContainTextAsync("Checked in at");
        await Expect(page.Locator("#answer-detail")).ToContainTextAsync(code);
        Assert.Equal("ALREADY_CHECKED_IN", (await Api().DataAsync(ApiScenario.CheckIn, new { code }))["checkIn"]!["outcome"]!.GetValue<string>());

        // A picture without a QR code says so.
        using var blank = new QRCodeGenerator().CreateQrCode("x", QRCodeGenerator.ECCLevel.M);
        var white = new PngByteQRCode(blank).GetGraphic(8, [255, 255, 255], [255, 255, 255]);
        await page.SetInputFilesAsync("#photo", new FilePayload { Name = "white.png", MimeType = "image/png", Buffer = white });
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync("No QR code found in this picture.");
        await HeadlessChromium.ScreenshotAsync(page, "door-photo-jsqr");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Scans_made_with_the_network_cut_are_kept_across_a_reload_and_sent_once_with_their_scan_time_when_it_is_back()
    {
        var first = await AttendeeCodeAsync();
        var second = await AttendeeCodeAsync();
        var (page, errors) = await OpenAsync("/live/door.html?lang=en");
        await Expect(page.Locator("#network")).ToHaveTextAsync("Online: scans are sent at once.");
        var before = await CheckedInAsync();

        await page.Context.SetOfflineAsync(true);
        await Expect(page.Locator("#network")).ToHaveTextAsync("No network: scans are kept on this phone and sent when the network is back.");
        await page.FillAsync("#code", first);
        await page.ClickAsync("#check-in");
        await Expect(page.Locator("#answer")).ToHaveAttributeAsync("data-kind", "queued");
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync("Saved on this phone: it is sent when the network is back.");
        await page.FillAsync("#code", second);
        await page.ClickAsync("#check-in");
        await Expect(page.Locator("#queue-length")).ToHaveTextAsync("2");
        await Expect(page.Locator("#scans li[data-state=queued]")).ToHaveCountAsync(2);
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "door-offline-queued");

        // The page is reloaded while the API still cannot be reached (the network is back for the page itself,
        // not for /graphql): the scans are still there, waiting, and the event is shown as last read.
        await page.RouteAsync("**/graphql", route => route.AbortAsync("internetdisconnected"));
        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await Expect(page.Locator("#event-title")).ToHaveTextAsync(DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        await Expect(page.Locator("#queue-length")).ToHaveTextAsync("2");
        await Expect(page.Locator("#network")).ToHaveTextAsync("No network: scans are kept on this phone and sent when the network is back.");
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync("Saved on this phone: it is sent when the network is back.");
        await Expect(page.Locator("#answer-detail")).ToContainTextAsync(second);
        Assert.Equal(before, await CheckedInAsync());
        var kept = await KeptScansAsync(page);
        Assert.Equal([first, second], kept.Select(s => s!["code"]!.GetValue<string>()));
        await Task.Delay(1500);
        var restored = DateTimeOffset.UtcNow;

        await page.UnrouteAsync("**/graphql");
        await page.ClickAsync("#sync");
        await Expect(page.Locator("#queue-length")).ToHaveTextAsync("0");
        await Expect(page.Locator("#scans li[data-state=done]")).ToHaveCountAsync(2);
        await Expect(page.Locator($"#scans li[data-scan-id='{kept[0]!["scanId"]}'] .door-outcome")).ToContainTextAsync("Checked in at");
        await Expect(page.Locator("#network")).ToHaveTextAsync("Online: scans are sent at once.");
        await HeadlessChromium.ScreenshotAsync(page, "door-synced");
        Assert.Equal(before + 2, await CheckedInAsync());

        await AssertCheckedInAtTheirScanTimeAsync(kept, restored);

        // The page sending its first scan once more gets the same answer; still one check-in each.
        await page.EvaluateAsync($"async () => {{ const [scan] = await IseDoorQueue.all('{Workshop}'); scan.state = 'queued'; await IseDoorQueue.update(scan); }}");
        await page.ClickAsync("#sync");
        await Expect(page.Locator("#scans li[data-state=done]")).ToHaveCountAsync(2);
        await Expect(page.Locator($"#scans li[data-scan-id='{kept[0]!["scanId"]}'] .door-outcome")).ToContainTextAsync("Checked in at");
        Assert.Equal(before + 2, await CheckedInAsync());
        // The requests the cut network failed are logged by the browser; nothing else went wrong.
        Assert.DoesNotContain(errors, e => !e.Contains("ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_opens_again_with_no_network_at_all_and_a_scan_made_then_is_sent_once_with_its_scan_time_when_it_is_back()
    {
        var code = await AttendeeCodeAsync();
        var (page, errors) = await OpenAsync("/live/door.html?lang=en");
        await Expect(page.Locator("#event-title")).ToHaveTextAsync(DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        await ServiceWorkerReadyAsync(page);
        var before = await CheckedInAsync();

        // No network at all: the page, its scripts, styles, texts and the QR decoder come from the service worker.
        await page.Context.SetOfflineAsync(true);
        var reloaded = await page.ReloadAsync();
        Assert.True(reloaded!.FromServiceWorker, "The page came from the service worker's cache.");
        await Expect(page.Locator("#event-title")).ToHaveTextAsync(DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        await Expect(page.Locator("#network")).ToHaveTextAsync("No network: scans are kept on this phone and sent when the network is back.");
        await Expect(page.Locator("label[for=code]")).ToHaveTextAsync("Attendee code");
        Assert.True(await page.EvaluateAsync<bool>("typeof jsQR === 'function'"), "The QR decoder was loaded from the cache.");
        await page.FillAsync("#code", code);
        await page.ClickAsync("#check-in");
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync("Saved on this phone: it is sent when the network is back.");
        await Expect(page.Locator("#queue-length")).ToHaveTextAsync("1");
        var kept = await KeptScansAsync(page);
        Assert.Equal(code, Assert.Single(kept)!["code"]!.GetValue<string>());
        await HeadlessChromium.ScreenshotAsync(page, "door-opened-offline");
        Assert.Equal(before, await CheckedInAsync());
        await Task.Delay(1500);
        var restored = DateTimeOffset.UtcNow;

        // The network is back: the scan goes by itself, once, dated when it was made.
        await page.Context.SetOfflineAsync(false);
        await Expect(page.Locator("#queue-length")).ToHaveTextAsync("0");
        await Expect(page.Locator($"#scans li[data-scan-id='{kept[0]!["scanId"]}'] .door-outcome")).ToContainTextAsync("Checked in at");
        await Expect(page.Locator("#network")).ToHaveTextAsync("Online: scans are sent at once.");
        Assert.Equal(before + 1, await CheckedInAsync());
        await AssertCheckedInAtTheirScanTimeAsync(kept, restored);
        Assert.Equal(before + 1, await CheckedInAsync());

        // Only the door page's static files were cached: no API answer, nothing about the person.
        var cachedPaths = await CachedPathsAsync(page);
        Assert.Contains("/live/door.html", cachedPaths);
        Assert.Contains("/lib/jsqr/jsQR.js", cachedPaths);
        Assert.All(cachedPaths, path => Assert.Matches(@"^/(live|lib)/[\w/.-]+\.(html|js|css)$", path));
        Assert.DoesNotContain(errors, e => !e.Contains("ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_walk_in_found_by_part_of_its_name_is_checked_in()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var smeId = await ApiScenario.SmeAsync(Api(), $"Walk-in <b>Sensors</b> {tag} BV");
        var (page, errors) = await OpenAsync("/live/door.html?lang=en");

        // The SME lists are kept up to date through the outbox: search until the new firm is listed.
        var result = page.Locator($"#walkin-results li[data-id='{smeId}']");
        for (var deadline = DateTime.UtcNow.AddSeconds(60); await result.CountAsync() == 0; await Task.Delay(300))
        {
            Assert.True(DateTime.UtcNow < deadline, "The new firm was never found by name.");
            await page.FillAsync("#walkin-name", $"sensors</b> {tag}");
            await page.ClickAsync("#walkin-search");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await Expect(result.Locator("strong")).ToHaveTextAsync($"Walk-in <b>Sensors</b> {tag} BV");
        await Expect(result).ToContainTextAsync("South-West Netherlands");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await result.Locator("button").ClickAsync();
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Walk-in checked in at \d\d:\d\d\.$"));
        await Expect(page.Locator("#answer-detail")).ToContainTextAsync($"Walk-in: Walk-in <b>Sensors</b> {tag} BV");
        await HeadlessChromium.ScreenshotAsync(page, "door-walk-in");

        await page.FillAsync("#walkin-name", "zz-no-firm-has-this-name");
        await page.ClickAsync("#walkin-search");
        await Expect(page.Locator("#walkin-none")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Door_staff_get_it_from_home_in_French_and_Dutch_see_their_event_only_and_a_cluster_member_is_refused()
    {
        var (french, frenchErrors) = await OpenAsync("/live/door.html?lang=fr");
        await Expect(french.Locator("h1")).ToHaveTextAsync("Accueil des participants");
        await Expect(french.Locator("#nav-door")).ToHaveTextAsync("Accueil des participants");
        await Expect(french.Locator("label[for=code]")).ToHaveTextAsync("Code participant");
        await Expect(french.Locator("#answer-text")).ToHaveTextAsync("Prêt : scannez un badge.");
        await HeadlessChromium.ScreenshotAsync(french, "door-fr");

        // The home page lists it among the door staff's pages (in the browser's English: ?lang= is not kept).
        await french.ClickAsync("#nav-home");
        var link = french.Locator($"#page-links a[href='/live/door.html?id={Workshop}']");
        await Expect(link).ToHaveTextAsync("Door check-in");
        await link.ClickAsync();
        await HeadlessChromium.ArrivedAsync(french, url => url.AbsolutePath == "/live/door.html");
        await Expect(french.Locator("#event-title")).ToHaveTextAsync(DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        Assert.Empty(frenchErrors);

        var (dutch, dutchErrors) = await OpenAsync("/live/door.html?lang=nl");
        await Expect(dutch.Locator("h1")).ToHaveTextAsync("Aanmelden aan de deur");
        await Expect(dutch.Locator("#network")).ToHaveTextAsync("Online: scans worden meteen verzonden.");
        await dutch.FillAsync("#code", $"{Workshop}.0.ABCDEFGHJKMNPQRS");
        await dutch.ClickAsync("#check-in");
        await Expect(dutch.Locator("#answer-text")).ToHaveTextAsync("Niet ingeschreven: geen deelnemer heeft deze code.");
        await AccessibilityCheck.AssertNoViolationsAsync(dutch);
        await HeadlessChromium.ScreenshotAsync(dutch, "door-nl");
        Assert.Empty(dutchErrors);

        var otherEvent = await ApiScenario.LiveEventAsync(Api(), capacity: 5);
        var (elsewhere, elsewhereErrors) = await OpenAsync($"/live/door.html?id={otherEvent}&lang=en");
        await Expect(elsewhere.Locator("#refused-panel")).ToBeVisibleAsync();
        await Expect(elsewhere.Locator("#refused-problem")).ToHaveTextAsync($"FORBIDDEN: Door staff of event {Workshop} see that event only, not {otherEvent}.");
        await Expect(elsewhere.Locator("#app")).ToBeHiddenAsync();
        Assert.Empty(elsewhereErrors);

        var (member, memberErrors) = await OpenAsync("/live/door.html?lang=en", "member-gentse-sensoren");
        await Expect(member.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN: this page is not for cluster members.");
        await Expect(member.Locator("#app")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(member, "door-refused-member");
        Assert.Empty(memberErrors);

        // An organiser of the host partner opens it from the live event on the home page.
        var (organiser, organiserErrors) = await OpenAsync("/live/smes.html?lang=en", "organiser-voka-east");
        await organiser.ClickAsync("#nav-home");
        await organiser.ClickAsync($"#live-events li[data-id='{Workshop}'] a.door-link");
        await HeadlessChromium.ArrivedAsync(organiser, url => url.AbsolutePath == "/live/door.html");
        await Expect(organiser.Locator("#event-title")).ToHaveTextAsync(DemoSmes.Label + "Mechatronics sector workshop: sensors and automation");
        Assert.Empty(organiserErrors);
    }
}
