using System.Text;
using Ise.Gateway.Demo;
using Microsoft.Playwright;
using ZXing;
using static Microsoft.Playwright.Assertions;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// The event pages in headless Chromium, signed in through the sign-in page: create (refusals at their
/// field) → publish → register (seat, then waiting list) → the badge sheet, whose QR code is read back from
/// the pixels Chromium drew and decodes to the attendee code; the attendance CSV upload with its progress and
/// per-row report; the list's filters; French and Dutch; refusals for roles that may not see them; axe-core
/// finds no violation.
/// </summary>
public sealed class EventPagesTests(EmbeddedGatewayFactory factory, HeadlessChromium chromium)
    : IClassFixture<EmbeddedGatewayFactory>, IClassFixture<HeadlessChromium>
{
    private static readonly string[] s_twoSectors = ["MECHATRONICS", "NEW_MATERIALS"];

    private GraphQLClient Api(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    private Task<(IPage Page, List<string> Errors)> OpenAsync(string path, string who) =>
        chromium.OpenSignedInAsync(factory.CreateClient().BaseAddress!, path, who);

    [Fact]
    public async Task An_organiser_creates_publishes_and_registers_and_the_badge_sheet_carries_a_QR_code_of_the_attendee_code()
    {
        var seated = await ApiScenario.SmeAsync(Api(), "Badge <i>Seated</i> BV");
        var waiting = await ApiScenario.SmeAsync(Api());
        var (page, errors) = await OpenAsync("/live/event-create.html?lang=en", "organiser-voka-east");
        await Expect(page.Locator("#host-partner")).ToHaveTextAsync("VOKA East Flanders");

        await page.ClickAsync("#create");
        await Expect(page.Locator("#title-error")).ToHaveTextAsync("Required.");
        await Expect(page.Locator("#sectors-error")).ToHaveTextAsync("Required.");
        await Expect(page.Locator("#title")).ToBeFocusedAsync();

        await page.FillAsync("#title", "Badge <b>workshop</b>");
        await page.SelectOptionAsync("#kind", "SECTOR_WORKSHOP");
        await page.SelectOptionAsync("#region", "EAST_FLANDERS");
        await page.SelectOptionAsync("#sectors", s_twoSectors);
        await page.FillAsync("#starts-at", "2026-05-20T09:30");
        await page.FillAsync("#ends-at", "2026-05-20T08:00");
        await page.FillAsync("#venue", "Ghent");
        await page.FillAsync("#capacity", "1");
        await page.FillAsync("#waiting-list", "1");
        await page.ClickAsync("#create");

        // The API's refusal in the page's words, at the end time, which gets the focus.
        await Expect(page.Locator("#ends-at-error")).ToHaveTextAsync("The end must be after the start.");
        await Expect(page.Locator("#ends-at")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#ends-at")).ToBeFocusedAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "event-create-refused");

        await page.FillAsync("#ends-at", "2026-05-20T17:00");
        await page.ClickAsync("#create");
        await Expect(page.Locator("#created")).ToHaveTextAsync("Created as a draft: Badge <b>workshop</b>");
        await page.ClickAsync("#created a");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/event-manage.html");
        await Expect(page.Locator("#event-title")).ToHaveTextAsync("Badge <b>workshop</b>");
        await Expect(page.Locator("#event-title b")).ToHaveCountAsync(0);
        await Expect(page.Locator("#event-status")).ToHaveTextAsync("Draft");
        await Expect(page.Locator("#start")).ToBeHiddenAsync();

        await page.ClickAsync("#publish");
        await Expect(page.Locator("#event-status")).ToHaveTextAsync("Open for registration");
        await Expect(page.Locator("#lifecycle-result")).ToHaveTextAsync("Published: registration is open.");
        await Expect(page.Locator("#publish")).ToBeHiddenAsync();

        await page.FillAsync("#attendee-sme", "NL-00000001");
        await page.ClickAsync("#register-attendee");
        await Expect(page.Locator("#attendee-sme-error")).ToContainTextAsync("NL-00000001");

        await page.FillAsync("#attendee-sme", seated);
        await page.ClickAsync("#register-attendee");
        await Expect(page.Locator("#registered")).ToContainTextAsync("Registered, seat confirmed: Badge <i>Seated</i> BV");
        await page.FillAsync("#attendee-sme", waiting);
        await page.ClickAsync("#register-attendee");
        await Expect(page.Locator("#registered")).ToContainTextAsync("On the waiting list:");
        var seatedRow = page.Locator("#registration-rows tr[data-status=REGISTERED]");
        await Expect(seatedRow).ToContainTextAsync("Badge <i>Seated</i> BV");
        await Expect(page.Locator("#registration-rows tr[data-status=WAIT_LISTED]")).ToContainTextAsync(waiting);
        await Expect(page.Locator("dd[data-fact=waitListedCount]")).ToHaveTextAsync("1 / 1");
        var code = (await seatedRow.GetAttributeAsync("data-code"))!;
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "event-manage-registered");

        await page.ClickAsync("#badges-link");
        await HeadlessChromium.ArrivedAsync(page, url => url.AbsolutePath == "/live/event-badges.html");
        var badge = page.Locator(".badge");
        await Expect(badge).ToHaveCountAsync(1);
        await Expect(badge.Locator(".firm")).ToHaveTextAsync("Badge <i>Seated</i> BV");
        await Expect(badge.Locator(".code")).ToHaveTextAsync(code);
        await Expect(page.Locator("#sheet-summary")).ToContainTextAsync("1 badge on 1 A4 page (8 a page)");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "event-badges");

        Assert.Equal(code, await DecodeQrAsync(page, badge.Locator("svg")));

        // Printed: only the sheet, on A4.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(page.Locator("body > header")).ToBeHiddenAsync();
        await Expect(page.Locator("#print")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(page, "event-badges-print");
        Assert.Equal(code, await DecodeQrAsync(page, badge.Locator("svg")));
        Assert.Empty(errors);
    }

    /// <summary>
    /// A live event with <paramref name="attendees"/> seated, its badge sheet opened in <paramref name="lang"/> by an
    /// organiser and showing every badge and <paramref name="summary"/>: the page, the attendee codes, the page's errors.
    /// </summary>
    private async Task<(IPage Page, List<string> Codes, List<string> Errors)> OpenBadgeSheetAsync(int attendees, string lang, string summary)
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: Math.Max(1, attendees));
        var codes = new List<string>();
        for (var i = 0; i < attendees; i++)
        {
            codes.Add(await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api())));
        }

        var (page, errors) = await OpenAsync($"/live/event-badges.html?id={Uri.EscapeDataString(eventId)}&lang={lang}", "organiser-voka-east");
        await Expect(page.Locator("#sheet-summary")).ToContainTextAsync(summary);
        await Expect(page.Locator(".badge")).ToHaveCountAsync(attendees);
        return (page, codes, errors);
    }

    /// <summary>The summary counts badges and pages in the page's language: French says 0 and 1 in the singular.</summary>
    [Theory]
    [InlineData("en", "0 badges on 0 A4 pages (8 a page)")]
    [InlineData("fr", "0 badge sur 0 page A4 (8 par page)")]
    [InlineData("nl", "0 badges op 0 A4-pagina’s (8 per pagina)")]
    public async Task An_event_without_seats_taken_has_an_empty_badge_sheet_counted_in_the_pages_language(string lang, string summary)
    {
        var (page, _, errors) = await OpenBadgeSheetAsync(0, lang, summary);
        await Expect(page.Locator("#print")).ToBeDisabledAsync();
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("en", 8, 1, "8 badges on 1 A4 page (8 a page)")]
    [InlineData("en", 9, 2, "9 badges on 2 A4 pages (8 a page)")]
    [InlineData("fr", 9, 2, "9 badges sur 2 pages A4 (8 par page)")]
    [InlineData("nl", 8, 1, "8 badges op 1 A4-pagina (8 per pagina)")]
    public async Task The_badge_sheet_prints_eight_badges_to_an_A4_page(string lang, int attendees, int pages, string summary)
    {
        var (page, codes, errors) = await OpenBadgeSheetAsync(attendees, lang, summary);
        await Expect(page.Locator("#print")).ToBeEnabledAsync();

        // Chromium's own print to PDF, with the page size and margins the sheet's print style asks for.
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(pages, document.NumberOfPages);
        var printed = document.GetPages().Select(p => codes.Count(code => p.Text.Contains(code, StringComparison.Ordinal))).ToList();
        Assert.Equal(Enumerable.Range(0, pages).Select(p => Math.Min(8, attendees - (p * 8))), printed);
        foreach (var printedPage in document.GetPages())
        {
            // A4 portrait in PDF points (1/72 inch): 595 × 842.
            Assert.Equal(595, printedPage.Width, 0);
            Assert.Equal(842, printedPage.Height, 0);
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_attendance_CSV_upload_shows_its_progress_and_a_report_for_every_row()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var first = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        var second = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        await Api().DataAsync(ApiScenario.CheckIn, new { code = second });

        var (page, errors) = await OpenAsync($"/live/event-manage.html?id={Uri.EscapeDataString(eventId)}&lang=en", "secretariat");
        await Expect(page.Locator("#event-status")).ToHaveTextAsync("Live");
        await page.ClickAsync("#upload");
        await Expect(page.Locator("#attendance-file-error")).ToHaveTextAsync("Required.");

        var csv = $"attendee_code\n{first}\n{second}\nnot-a-code\n";
        await page.SetInputFilesAsync("#attendance-file", new FilePayload { Name = "door-list.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("#upload");

        await Expect(page.Locator("#upload-phase")).ToHaveTextAsync("Imported: 3 of 3 rows");
        await Expect(page.Locator("#upload-progress")).ToHaveJSPropertyAsync("value", 3);
        await Expect(page.Locator("#import-summary")).ToHaveTextAsync("1 recorded, 1 already recorded, 1 refused.");
        var rows = page.Locator("#import-rows tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-outcome", "ACCEPTED");
        await Expect(rows.Nth(0)).ToContainTextAsync(first);
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-outcome", "UNCHANGED");
        await Expect(rows.Nth(2)).ToHaveAttributeAsync("data-outcome", "REJECTED");
        await Expect(rows.Nth(2)).ToContainTextAsync("not-a-code");
        await Expect(page.Locator($"#registration-rows tr[data-code='{first}']")).ToHaveAttributeAsync("data-status", "CHECKED_IN");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "event-manage-attendance-upload");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_organiser_cancels_a_registration_and_undoes_a_check_in_from_their_rows_and_the_event_figures_follow()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 3, waitingListLimit: 2);
        var cancelled = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api(), "Cancelling <b>Firm</b> BV"));
        var arrived = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api(), "Wrongly Scanned BV"));
        var undoneElsewhere = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api(), "Undone Elsewhere BV"));
        var waiting = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api(), "Waiting Firm BV"));
        await Api().DataAsync(ApiScenario.CheckIn, new { code = arrived });
        await Api().DataAsync(ApiScenario.CheckIn, new { code = undoneElsewhere });

        var (page, errors) = await OpenAsync($"/live/event-manage.html?id={Uri.EscapeDataString(eventId)}&lang=en", "organiser-voka-east");
        var cancelledRow = page.Locator($"#registration-rows tr[data-code='{cancelled}']");
        var arrivedRow = page.Locator($"#registration-rows tr[data-code='{arrived}']");
        var waitingRow = page.Locator($"#registration-rows tr[data-code='{waiting}']");
        var undoneElsewhereRow = page.Locator($"#registration-rows tr[data-code='{undoneElsewhere}']");
        await Expect(page.Locator("dd[data-fact=checkedInCount]")).ToHaveTextAsync("2");
        await Expect(page.Locator("dd[data-fact=cancelledCount]")).ToHaveTextAsync("0");
        await Expect(page.Locator("dd[data-fact=waitListedCount]")).ToHaveTextAsync("1 / 2");
        await Expect(cancelledRow.Locator("button[data-action=cancel]")).ToHaveTextAsync("Cancel the registration");
        await Expect(cancelledRow.Locator("button[data-action=undo]")).ToHaveCountAsync(0);
        await Expect(arrivedRow.Locator("button[data-action=undo]")).ToHaveTextAsync("Undo the check-in");
        await Expect(arrivedRow.Locator("button[data-action=cancel]")).ToHaveCountAsync(0);
        await Expect(waitingRow.Locator("button[data-action=cancel]")).ToBeVisibleAsync();

        // The confirmation step: "no" leaves the registration as it was.
        await cancelledRow.Locator("button[data-action=cancel]").ClickAsync();
        await Expect(cancelledRow.Locator(".confirm-question")).ToHaveTextAsync("Cancel the registration of Cancelling <b>Firm</b> BV?");
        await Expect(cancelledRow.Locator("button[data-confirm=yes]")).ToBeFocusedAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "event-manage-confirm-cancel");
        await cancelledRow.Locator("button[data-confirm=no]").ClickAsync();
        await Expect(cancelledRow.Locator("button[data-action=cancel]")).ToBeFocusedAsync();
        Assert.Equal("REGISTERED", await RegistrationStatusAsync(eventId, cancelled));

        // Cancelled: the row says so, its seat goes to the waiting list, the figures follow.
        await cancelledRow.Locator("button[data-action=cancel]").ClickAsync();
        await cancelledRow.Locator("button[data-confirm=yes]").ClickAsync();
        await Expect(cancelledRow).ToHaveAttributeAsync("data-status", "CANCELLED");
        await Expect(cancelledRow.Locator(".row-note")).ToHaveTextAsync("Registration cancelled: the seat went to the first on the waiting list.");
        await Expect(cancelledRow.Locator("td").Nth(2)).ToHaveTextAsync("Cancelled");
        await Expect(cancelledRow.Locator("button")).ToHaveCountAsync(0);
        await Expect(waitingRow).ToHaveAttributeAsync("data-status", "REGISTERED");
        await Expect(page.Locator("dd[data-fact=cancelledCount]")).ToHaveTextAsync("1");
        await Expect(page.Locator("dd[data-fact=waitListedCount]")).ToHaveTextAsync("0 / 2");
        await Expect(page.Locator("dd[data-fact=seatsTaken]")).ToHaveTextAsync("3");
        Assert.Equal("CANCELLED", await RegistrationStatusAsync(eventId, cancelled));

        // A wrong scan undone: registered again, one check-in fewer.
        await arrivedRow.Locator("button[data-action=undo]").ClickAsync();
        await Expect(arrivedRow.Locator(".confirm-question")).ToHaveTextAsync("Undo the check-in of Wrongly Scanned BV?");
        await arrivedRow.Locator("button[data-confirm=yes]").ClickAsync();
        await Expect(arrivedRow).ToHaveAttributeAsync("data-status", "REGISTERED");
        await Expect(arrivedRow.Locator(".row-note")).ToHaveTextAsync("Check-in undone.");
        await Expect(arrivedRow.Locator("button[data-action=cancel]")).ToBeVisibleAsync();
        await Expect(page.Locator("dd[data-fact=checkedInCount]")).ToHaveTextAsync("1");
        Assert.Equal("REGISTERED", await RegistrationStatusAsync(eventId, arrived));
        var stats = (await Api().DataAsync("query($id: ID!) { event(id: $id) { stats { checkedIn cancelled } } }", new { id = eventId }))["event"]!["stats"]!;
        Assert.Equal(1, stats["checkedIn"]!.GetValue<int>());
        Assert.Equal(1, stats["cancelled"]!.GetValue<int>());

        // Cancelled meanwhile by someone else: the API's refusal is shown next to the row, which then shows the
        // registration as it now is (cancelled, nothing left to do) and the figures follow.
        await Expect(waitingRow.Locator("button[data-action=cancel]")).ToBeVisibleAsync();
        await Api().DataAsync("mutation($code: String!) { cancelRegistration(code: $code) { status } }", new { code = waiting });
        await waitingRow.Locator("button[data-action=cancel]").ClickAsync();
        await waitingRow.Locator("button[data-confirm=yes]").ClickAsync();
        await Expect(waitingRow.Locator(".row-note")).ToHaveTextAsync($"CONFLICT: Registration {waiting} cannot be cancelled: it is cancelled.");
        await Expect(waitingRow.Locator(".row-note")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\berror\b"));
        await Expect(waitingRow).ToHaveAttributeAsync("data-status", "CANCELLED");
        await Expect(waitingRow.Locator("td").Nth(2)).ToHaveTextAsync("Cancelled");
        await Expect(waitingRow.Locator("button")).ToHaveCountAsync(0);
        await Expect(page.Locator("dd[data-fact=cancelledCount]")).ToHaveTextAsync("2");

        // A check-in undone meanwhile at the door: the refusal, then the row as registered again, to be cancelled.
        await Expect(undoneElsewhereRow.Locator("button[data-action=undo]")).ToBeVisibleAsync();
        await Api().DataAsync("mutation($code: String!) { undoCheckIn(code: $code) { status } }", new { code = undoneElsewhere });
        await undoneElsewhereRow.Locator("button[data-action=undo]").ClickAsync();
        await undoneElsewhereRow.Locator("button[data-confirm=yes]").ClickAsync();
        await Expect(undoneElsewhereRow.Locator(".row-note")).ToHaveTextAsync($"CONFLICT: Cannot undo the check-in of {undoneElsewhere}: it is registered.");
        await Expect(undoneElsewhereRow).ToHaveAttributeAsync("data-status", "REGISTERED");
        await Expect(undoneElsewhereRow.Locator("button[data-action=undo]")).ToHaveCountAsync(0);
        await Expect(undoneElsewhereRow.Locator("button[data-action=cancel]")).ToBeVisibleAsync();
        await Expect(page.Locator("dd[data-fact=checkedInCount]")).ToHaveTextAsync("0");

        // Listing the registered only: a registration cancelled meanwhile leaves the list, its refusal goes to the page.
        await page.SelectOptionAsync("#registrations-status", "REGISTERED");
        await page.ClickAsync("#show-registrations");
        await Expect(waitingRow).ToHaveCountAsync(0);
        await Api().DataAsync("mutation($code: String!) { cancelRegistration(code: $code) { status } }", new { code = undoneElsewhere });
        await undoneElsewhereRow.Locator("button[data-action=cancel]").ClickAsync();
        await undoneElsewhereRow.Locator("button[data-confirm=yes]").ClickAsync();
        await Expect(undoneElsewhereRow).ToHaveCountAsync(0);
        await Expect(page.Locator("#problem")).ToHaveTextAsync($"Undone Elsewhere BV ({undoneElsewhere}): CONFLICT: Registration {undoneElsewhere} cannot be cancelled: it is cancelled.");
        await Expect(arrivedRow).ToHaveAttributeAsync("data-status", "REGISTERED");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "event-manage-cancel-undo");
        Assert.Empty(errors);

        // Door staff may undo a check-in at the door, but the event's page is not theirs: no row, no button.
        var (door, doorErrors) = await OpenAsync($"/live/event-manage.html?id={Uri.EscapeDataString(DemoEvents.WorkshopId)}&lang=en", "door-workshop");
        await Expect(door.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN: this page is not for door staff.");
        await Expect(door.Locator("#app")).ToBeHiddenAsync();
        await Expect(door.Locator("#registration-rows button")).ToHaveCountAsync(0);
        Assert.Empty(doorErrors);

        // Another partner's staff are refused by the API too.
        var (code, _, _) = await Api("dev-partner-aditec").ErrorAsync("mutation($code: String!) { undoCheckIn(code: $code) { status } }", new { code = arrived });
        Assert.Equal("FORBIDDEN", code);
    }

    private async Task<string> RegistrationStatusAsync(string eventId, string code)
    {
        var items = (await Api().DataAsync("query($id: ID!) { event(id: $id) { attendees(first: 50) { items { code status } } } }", new { id = eventId }))["event"]!["attendees"]!["items"]!.AsArray();
        return items.Single(i => i!["code"]!.GetValue<string>() == code)!["status"]!.GetValue<string>();
    }

    [Fact]
    public async Task Organisers_find_their_events_from_the_home_page_filtered_in_Dutch_and_the_secretariat_runs_one_in_French()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 3);
        await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api(), "Franse Firma"));

        var (page, errors) = await OpenAsync("/live/events.html?lang=nl", "organiser-voka-east");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Evenementen");
        await Expect(page.Locator("#nav-events")).ToHaveTextAsync("Evenementen");
        await Expect(page.Locator("#nav-create-event")).ToHaveTextAsync("Evenement aanmaken");
        await page.SelectOptionAsync("#filter-status", "LIVE");
        await page.SelectOptionAsync("#filter-partner", "voka-east-flanders");
        await page.ClickAsync("#search");
        Assert.Contains("partner=voka-east-flanders", page.Url, StringComparison.Ordinal);
        var row = page.Locator($"#result-rows tr[data-id='{eventId}']");
        await Expect(row).ToContainTextAsync("Bezig");
        await Expect(row).ToContainTextAsync("Oost-Vlaanderen");
        await Expect(row.Locator("a")).ToHaveAttributeAsync("href", "/live/event-manage.html?id=" + eventId);

        // The event is in the list before the filter too: wait until the filtered list has replaced it.
        await Expect(page.Locator("#result-rows tr td:nth-child(5)").Filter(new() { HasNotText = "VOKA East Flanders" })).ToHaveCountAsync(0);
        foreach (var partner in await page.Locator("#result-rows tr td:nth-child(5)").AllInnerTextsAsync())
        {
            Assert.Equal("VOKA East Flanders", partner);
        }

        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "events-list-nl");

        // The home page links both event pages (in the browser's English: the home link carries no language).
        await page.ClickAsync("#nav-home");
        await Expect(page.Locator("#page-links a[href='/live/events.html']")).ToHaveTextAsync("Events");
        await Expect(page.Locator("#page-links a[href='/live/event-create.html']")).ToHaveTextAsync("Create an event");
        Assert.Empty(errors);

        var (french, frenchErrors) = await OpenAsync($"/live/event-manage.html?id={Uri.EscapeDataString(eventId)}&lang=fr", "secretariat");
        await Expect(french.Locator("#event-status")).ToHaveTextAsync("En cours");
        await Expect(french.Locator("#registrations h2")).ToHaveTextAsync("Inscriptions et liste d’attente");
        await Expect(french.Locator("#registration-rows tr").First).ToContainTextAsync("Franse Firma");
        await Expect(french.Locator("#registration-rows tr").First).ToContainTextAsync("Inscrite");
        await Expect(french.Locator("#close")).ToHaveTextAsync("Clore l’événement");
        await Expect(french.Locator("#attendee-sme-hint")).ToContainTextAsync("la liste propose les PME");
        await AccessibilityCheck.AssertNoViolationsAsync(french);
        await HeadlessChromium.ScreenshotAsync(french, "event-manage-fr");

        await french.ClickAsync("#close");
        await Expect(french.Locator("#event-status")).ToHaveTextAsync("Clos");
        await Expect(french.Locator("#registration-rows tr").First).ToContainTextAsync("Absente");
        await Expect(french.Locator("#register-hint")).ToHaveTextAsync("Les inscriptions sont terminées : l’événement est clos.");
        Assert.Empty(frenchErrors);
    }

    [Fact]
    public async Task The_badge_sheet_speaks_French_and_Dutch_and_so_do_the_event_list_and_the_events_page()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 2);
        var code = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        var escaped = Uri.EscapeDataString(eventId);

        var (french, frenchErrors) = await OpenAsync($"/live/event-badges.html?id={escaped}&lang=fr", "organiser-voka-east");
        await Expect(french.Locator(".badge")).ToHaveCountAsync(1);
        await Expect(french.Locator("#print")).ToHaveTextAsync("Imprimer");
        await Expect(french.Locator("#sheet-summary")).ToContainTextAsync("1 badge sur 1 page A4 (8 par page)");
        await Expect(french.Locator($".badge svg[aria-label='Code QR du code participant {code}']")).ToHaveCountAsync(1);
        await AccessibilityCheck.AssertNoViolationsAsync(french);
        await HeadlessChromium.ScreenshotAsync(french, "event-badges-fr");
        Assert.Empty(frenchErrors);

        var (dutch, dutchErrors) = await OpenAsync($"/live/event-badges.html?id={escaped}&lang=nl", "organiser-voka-east");
        await Expect(dutch.Locator(".badge")).ToHaveCountAsync(1);
        await Expect(dutch.Locator("#print")).ToHaveTextAsync("Afdrukken");
        await Expect(dutch.Locator("#sheet-summary")).ToContainTextAsync("1 badge op 1 A4-pagina (8 per pagina)");
        Assert.Empty(dutchErrors);

        var (manage, manageErrors) = await OpenAsync($"/live/event-manage.html?id={escaped}&lang=nl", "organiser-voka-east");
        await Expect(manage.Locator("#registrations h2")).ToHaveTextAsync("Inschrijvingen en wachtlijst");
        await Expect(manage.Locator($"#registration-rows tr[data-code='{code}'] button[data-action=cancel]")).ToHaveTextAsync("Inschrijving annuleren");
        await AccessibilityCheck.AssertNoViolationsAsync(manage);
        await HeadlessChromium.ScreenshotAsync(manage, "event-manage-nl");
        Assert.Empty(manageErrors);

        var (list, listErrors) = await OpenAsync("/live/events.html?lang=fr", "organiser-voka-east");
        await Expect(list.Locator("h1")).ToHaveTextAsync("Événements");
        await Expect(list.Locator("#result-rows tr").First).ToBeVisibleAsync();
        await HeadlessChromium.ScreenshotAsync(list, "events-list-fr");
        Assert.Empty(listErrors);
    }

    [Fact]
    public async Task An_event_held_yesterday_is_offered_to_be_recorded_as_held_not_started_in_French_and_Dutch()
    {
        var yesterday = DateOnly.ParseExact(ApiScenario.Today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(-1)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (language, hint, done, closed) in new[]
        {
            ("fr", "Cet événement est passé et n’a pas été démarré : l’enregistrer comme tenu le clôt", "Enregistré comme tenu.", "Clos"),
            ("nl", "Dit evenement is voorbij en werd nooit gestart: het registreren als gehouden sluit het af", "Geregistreerd als gehouden.", "Afgesloten"),
        })
        {
            var eventId = (await Api().DataAsync(ApiScenario.CreateEvent, new { input = ApiScenario.Workshop(5, day: yesterday, title: "Yesterday's workshop") }))["createEvent"]!["id"]!.GetValue<string>();
            await Api().DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id = eventId });
            var code = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));

            var (page, errors) = await OpenAsync($"/live/event-manage.html?id={Uri.EscapeDataString(eventId)}&lang={language}", "organiser-voka-east");
            await Expect(page.Locator("#held-hint")).ToContainTextAsync(hint);
            await Expect(page.Locator("#start")).ToBeHiddenAsync();
            await page.ClickAsync("#held");
            await Expect(page.Locator("#lifecycle-result")).ToHaveTextAsync(done);
            await Expect(page.Locator("#event-status")).ToHaveTextAsync(closed);
            await Expect(page.Locator("#held")).ToBeHiddenAsync();
            await Expect(page.Locator($"#registration-rows tr[data-code='{code}']")).ToHaveAttributeAsync("data-status", "NO_SHOW");
            await AccessibilityCheck.AssertNoViolationsAsync(page);
            Assert.Empty(errors);
        }
    }

    [Fact]
    public async Task The_create_page_speaks_French_and_Dutch_and_is_refused_to_a_cluster_member()
    {
        var (french, frenchErrors) = await OpenAsync("/live/event-create.html?lang=fr", "organiser-voka-east");
        await Expect(french.Locator("h1")).ToHaveTextAsync("Créer un événement");
        await Expect(french.Locator("label[for=title]")).ToHaveTextAsync("Titre");
        await Expect(french.Locator("#create")).ToHaveTextAsync("Créer");
        await Expect(french.Locator("#host-partner")).ToHaveTextAsync("VOKA East Flanders");
        await french.ClickAsync("#create");
        await Expect(french.Locator("#title-error")).ToHaveTextAsync("Obligatoire.");
        await Expect(french.Locator("#title")).ToBeFocusedAsync();
        await AccessibilityCheck.AssertNoViolationsAsync(french);
        await HeadlessChromium.ScreenshotAsync(french, "event-create-fr");
        Assert.Empty(frenchErrors);

        var (dutch, dutchErrors) = await OpenAsync("/live/event-create.html?lang=nl", "organiser-voka-east");
        await Expect(dutch.Locator("h1")).ToHaveTextAsync("Evenement aanmaken");
        await Expect(dutch.Locator("label[for=title]")).ToHaveTextAsync("Titel");
        await Expect(dutch.Locator("#host-partner")).ToHaveTextAsync("VOKA East Flanders");
        await dutch.ClickAsync("#create");
        await Expect(dutch.Locator("#sectors-error")).ToHaveTextAsync("Verplicht.");
        Assert.Empty(dutchErrors);

        var (member, memberErrors) = await OpenAsync("/live/event-create.html?lang=fr", "member-gentse-sensoren");
        await Expect(member.Locator("#refused-panel h2")).ToHaveTextAsync("Accès refusé");
        await Expect(member.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN : cette page n’est pas destinée aux membres de clusters.");
        await Expect(member.Locator("#app")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(member, "event-create-refused-member-fr");
        Assert.Empty(memberErrors);
    }

    [Fact]
    public async Task Creating_in_French_shows_every_refusal_of_the_API_in_French_at_its_field()
    {
        var (page, errors) = await OpenAsync("/live/event-create.html?lang=fr", "organiser-voka-east");
        await FillEventAsync(page, "Atelier mécatronique");

        await page.FillAsync("#ends-at", "2026-05-20T08:00");
        await RefusedAtAsync(page, "ends-at", "La fin doit être après le début.");
        await page.FillAsync("#ends-at", "2026-05-20T17:00");
        await page.FillAsync("#capacity", "0");
        await RefusedAtAsync(page, "capacity", "Entre 1 et 100 000.");
        await Expect(page.Locator("#ends-at")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await page.FillAsync("#capacity", "20");
        await page.FillAsync("#waiting-list", "100001");
        await RefusedAtAsync(page, "waiting-list", "Entre 0 et 100 000.");
        await page.FillAsync("#waiting-list", "");
        await page.FillAsync("#venue", new string('v', 301));
        await RefusedAtAsync(page, "venue", "300 caractères au plus.");
        await page.FillAsync("#venue", "Gand");
        await page.FillAsync("#title", new string('t', 201));
        await RefusedAtAsync(page, "title", "200 caractères au plus.");
        await AccessibilityCheck.AssertNoViolationsAsync(page);
        await HeadlessChromium.ScreenshotAsync(page, "event-create-refused-fr");

        await page.FillAsync("#title", "Atelier mécatronique");
        await page.ClickAsync("#create");
        await Expect(page.Locator("#created")).ToHaveTextAsync("Créé en brouillon : Atelier mécatronique");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Creating_in_Dutch_shows_every_refusal_of_the_API_in_Dutch_at_its_field()
    {
        var (page, errors) = await OpenAsync("/live/event-create.html?lang=nl", "organiser-voka-east");
        await FillEventAsync(page, "Workshop mechatronica");

        // 02:30 on the last Sunday of March does not exist in Brussels' time.
        await page.FillAsync("#starts-at", "2026-03-29T02:30");
        await page.FillAsync("#ends-at", "2026-03-29T17:00");
        await RefusedAtAsync(page, "starts-at", "29 maart 2026 om 02:30 bestaat niet in de tijd van de regio: dan wordt de klok vooruitgezet.");
        await page.FillAsync("#starts-at", "2026-03-29T09:00");
        await page.FillAsync("#ends-at", "2026-03-29T08:00");
        await RefusedAtAsync(page, "ends-at", "Het einde moet na het begin liggen.");
        await page.FillAsync("#ends-at", "2026-03-29T17:00");

        // Figures GraphQL cannot read as a whole number, then the API's range (numbers written the Dutch way).
        await page.FillAsync("#capacity", "2.5");
        await RefusedAtAsync(page, "capacity", "Graag een geheel getal.");
        await page.FillAsync("#capacity", "99999999999");
        await RefusedAtAsync(page, "capacity", "Te groot.");
        await page.FillAsync("#capacity", "100001");
        await RefusedAtAsync(page, "capacity", "Tussen 1 en 100.000.");
        await HeadlessChromium.ScreenshotAsync(page, "event-create-refused-nl");

        await page.FillAsync("#capacity", "20");
        await page.ClickAsync("#create");
        await Expect(page.Locator("#created")).ToHaveTextAsync("Als concept aangemaakt: Workshop mechatronica");
        Assert.Equal(2, errors.Count);
        Assert.All(errors, error => Assert.StartsWith("Failed to load resource: the server responded with a status of 400", error, StringComparison.Ordinal));
    }

    private static async Task FillEventAsync(IPage page, string title)
    {
        await Expect(page.Locator("#host-partner")).ToHaveTextAsync("VOKA East Flanders");
        await page.FillAsync("#title", title);
        await page.SelectOptionAsync("#kind", "SECTOR_WORKSHOP");
        await page.SelectOptionAsync("#region", "EAST_FLANDERS");
        await page.SelectOptionAsync("#sectors", s_twoSectors);
        await page.FillAsync("#starts-at", "2026-05-20T09:30");
        await page.FillAsync("#ends-at", "2026-05-20T17:00");
        await page.FillAsync("#venue", "Gent");
        await page.FillAsync("#capacity", "20");
    }

    private static async Task RefusedAtAsync(IPage page, string control, string message)
    {
        await page.ClickAsync("#create");
        await Expect(page.Locator($"#{control}-error")).ToHaveTextAsync(message);
        await Expect(page.Locator($"#{control}")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator($"#{control}")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Door_staff_members_and_another_partners_staff_are_refused_the_event_pages()
    {
        var (door, doorErrors) = await OpenAsync("/live/events.html?lang=en", "door-workshop");
        await Expect(door.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN: this page is not for door staff.");
        await Expect(door.Locator("#app")).ToBeHiddenAsync();
        await Expect(door.Locator("#nav-events")).ToBeHiddenAsync();
        await HeadlessChromium.ScreenshotAsync(door, "events-refused-door-staff");
        Assert.Empty(doorErrors);

        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 2);
        var (member, memberErrors) = await OpenAsync($"/live/event-badges.html?id={Uri.EscapeDataString(eventId)}&lang=nl", "member-gentse-sensoren");
        await Expect(member.Locator("#refused-panel h2")).ToHaveTextAsync("Geen toegang");
        await Expect(member.Locator("#refused-problem")).ToHaveTextAsync("FORBIDDEN: deze pagina is niet voor clusterleden.");
        Assert.Empty(memberErrors);

        var (other, otherErrors) = await OpenAsync($"/live/event-manage.html?id={Uri.EscapeDataString(eventId)}&lang=en", "partner-aditec");
        await Expect(other.Locator("#refused-problem")).ToHaveTextAsync(
            "FORBIDDEN: this event is run by VOKA East Flanders; its page is for the secretariat and VOKA East Flanders.");
        await Expect(other.Locator("#app")).ToBeHiddenAsync();
        Assert.Empty(otherErrors);
    }

    /// <summary>
    /// Reads the QR code Chromium drew: a screenshot of the element, turned back into RGBA pixels by a canvas in
    /// a blank page of the same browser, decoded by ZXing.Net.
    /// </summary>
    private static async Task<string?> DecodeQrAsync(IPage page, ILocator qr)
    {
        var png = await qr.ScreenshotAsync();
        var blank = await page.Context.NewPageAsync();
        try
        {
            var image = await blank.EvaluateAsync<DecodedImage>("""
                async (base64) => {
                  const image = new Image();
                  image.src = 'data:image/png;base64,' + base64;
                  await image.decode();
                  const canvas = document.createElement('canvas');
                  canvas.width = image.naturalWidth;
                  canvas.height = image.naturalHeight;
                  const context = canvas.getContext('2d');
                  context.drawImage(image, 0, 0);
                  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
                  let binary = '';
                  for (let i = 0; i < pixels.length; i += 8192) binary += String.fromCharCode(...pixels.subarray(i, i + 8192));
                  return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
                }
                """, Convert.ToBase64String(png));
            var source = new RGBLuminanceSource(Convert.FromBase64String(image.Rgba), image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
            var reader = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
            return reader.Decode(source)?.Text;
        }
        finally
        {
            await blank.CloseAsync();
        }
    }

    private sealed class DecodedImage
    {
        public int Width { get; set; }

        public int Height { get; set; }

        public string Rgba { get; set; } = "";
    }
}
