using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.GraphQL;

public sealed class EventApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Create = ApiScenario.CreateEvent;

    private const string RegisterAttendee = ApiScenario.RegisterAttendee;

    private const string CheckIn = ApiScenario.CheckIn;

    private GraphQLClient Client(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    [Fact]
    public async Task Creating_an_event_with_an_idempotency_key_twice_returns_the_first_event()
    {
        var key = Guid.NewGuid().ToString();

        var first = await Client().DataAsync(Create, new { input = Workshop(5), key });
        var retry = await Client().DataAsync(Create, new { input = Workshop(5), key });

        Assert.Equal(first["createEvent"]!["id"]!.GetValue<string>(), retry["createEvent"]!["id"]!.GetValue<string>());
        Assert.Equal("DRAFT", retry["createEvent"]!["status"]!.GetValue<string>());
        Assert.Equal("Europe/Brussels", retry["createEvent"]!["timeZone"]!.GetValue<string>());
        Assert.Equal(ApiScenario.Today + "T09:30:00", retry["createEvent"]!["startsAtLocal"]!.GetValue<string>());
    }

    [Fact]
    public async Task Starting_an_event_held_yesterday_is_refused_with_a_pointer_to_the_history_import_and_it_stays_open()
    {
        var yesterday = DateOnly.ParseExact(ApiScenario.Today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var id = (await Client().DataAsync(Create, new { input = ApiScenario.Workshop(5, day: yesterday) }))["createEvent"]!["id"]!.GetValue<string>();
        await Client().DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id });

        var (code, field, message) = await Client().ErrorAsync("mutation($id: ID!) { startEvent(id: $id) { status } }", new { id });

        Assert.Equal(("CONFLICT", "endsAt"), (code, field));
        Assert.StartsWith($"Event {id} ended on {yesterday}, before today ({ApiScenario.Today} in East Flanders): a past event is not started.", message, StringComparison.Ordinal);
        Assert.Contains("POST /api/imports/history/events", message, StringComparison.Ordinal);
        Assert.Contains("recordRetroactiveAttendance", message, StringComparison.Ordinal);
        Assert.Equal("OPEN", (await Client().DataAsync("query($id: ID!) { event(id: $id) { status } }", new { id }))["event"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_past_event_never_run_is_recorded_as_held_and_its_attendance_after_it_while_a_live_one_is_not()
    {
        var id = (await Client().DataAsync(Create, new { input = ApiScenario.Workshop(5, day: "2019-06-04") }))["createEvent"]!["id"]!.GetValue<string>();
        await Client().DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id });
        var (came, stayedAway) = (await ApiScenario.RegisterAsync(Client(), id, await SmeAsync()), await ApiScenario.RegisterAsync(Client(), id, await SmeAsync()));
        var live = await LiveEventAsync(capacity: 5);

        var held = await Client("dev-organiser-voka-east").DataAsync("mutation($id: ID!) { recordEventHeld(id: $id) { status startsAtLocal } }", new { id });
        var recorded = await Client().DataAsync("mutation($e: ID!, $c: [String!]!) { recordRetroactiveAttendance(eventId: $e, codes: $c) { recorded } }", new { e = id, c = new[] { came } });
        var (notPast, notPastField, _) = await Client().ErrorAsync("mutation($id: ID!) { recordEventHeld(id: $id) { status } }", new { id = live });

        Assert.Equal(("CLOSED", "2019-06-04T09:30:00"), (held["recordEventHeld"]!["status"]!.GetValue<string>(), held["recordEventHeld"]!["startsAtLocal"]!.GetValue<string>()));
        Assert.Equal([came], recorded["recordRetroactiveAttendance"]!["recorded"]!.AsArray().Select(c => c!.GetValue<string>()));
        var statuses = (await Client().DataAsync("query($id: ID!) { event(id: $id) { attendees(first: 5) { items { code status } } } }", new { id }))["event"]!["attendees"]!["items"]!.AsArray()
            .ToDictionary(a => a!["code"]!.GetValue<string>(), a => a!["status"]!.GetValue<string>());
        Assert.Equal(("CHECKED_IN", "NO_SHOW"), (statuses[came], statuses[stayedAway]));
        Assert.Equal(("CONFLICT", "eventId"), (notPast, notPastField));
    }

    [Fact]
    public async Task The_door_flow_registers_checks_in_once_undoes_and_takes_walk_ins()
    {
        var eventId = await LiveEventAsync(capacity: 10);
        var sme = await SmeAsync();
        var walkIn = await SmeAsync();

        var registered = await Client().DataAsync(RegisterAttendee, new { eventId, smeId = sme, key = "r1" });
        var retried = await Client().DataAsync(RegisterAttendee, new { eventId, smeId = sme, key = "r1" });
        var code = registered["registerAttendee"]!["registration"]!["code"]!.GetValue<string>();
        var first = await Client("dev-organiser-voka-east").DataAsync(CheckIn, new { code });
        var again = await Client("dev-organiser-voka-east").DataAsync(CheckIn, new { code });
        var undone = await Client().DataAsync("mutation($code: String!) { undoCheckIn(code: $code) { status checkedInAt } }", new { code });
        var walked = await Client().DataAsync("mutation($e: ID!, $s: ID!) { walkIn(eventId: $e, smeId: $s) { outcome registration { walkIn status } } }", new { e = eventId, s = walkIn });

        Assert.False(retried["registerAttendee"]!["created"]!.GetValue<bool>());
        Assert.Equal(code, retried["registerAttendee"]!["registration"]!["code"]!.GetValue<string>());
        Assert.Equal("CHECKED_IN", first["checkIn"]!["outcome"]!.GetValue<string>());
        Assert.Equal("ALREADY_CHECKED_IN", again["checkIn"]!["outcome"]!.GetValue<string>());
        Assert.Equal($"Already checked in at {first["checkIn"]!["localTime"]!.GetValue<string>()}.", again["checkIn"]!["message"]!.GetValue<string>());
        Assert.Equal("REGISTERED", undone["undoCheckIn"]!["status"]!.GetValue<string>());
        Assert.True(walked["walkIn"]!["registration"]!["walkIn"]!.GetValue<bool>());

        await Ise.Testing.Eventually.TrueAsync(async () =>
        {
            var stats = (await Client().DataAsync("query($id: ID!) { event(id: $id) { stats { checkedIn walkIns registered } } }", new { id = eventId }))["event"]!["stats"]!;
            return stats["checkedIn"]!.GetValue<int>() == 1 && stats["walkIns"]!.GetValue<int>() == 1 && stats["registered"]!.GetValue<int>() == 1;
        }, TimeSpan.FromSeconds(10), "the statistics show one walk-in checked in and one registered");
    }

    [Fact]
    public async Task Cancelling_promotes_the_waiting_list_and_a_full_event_is_a_conflict()
    {
        var eventId = await LiveEventAsync(capacity: 1, waitingListLimit: 1);
        var first = await Client().DataAsync(RegisterAttendee, new { eventId, smeId = await SmeAsync() });
        var waiting = await Client().DataAsync(RegisterAttendee, new { eventId, smeId = await SmeAsync() });
        var (full, _, fullMessage) = await Client().ErrorAsync(RegisterAttendee, new { eventId, smeId = await SmeAsync() });

        await Client().DataAsync("mutation($code: String!) { cancelRegistration(code: $code) { status } }",
            new { code = first["registerAttendee"]!["registration"]!["code"]!.GetValue<string>() });
        var attendees = await Client().DataAsync("query($id: ID!) { event(id: $id) { confirmed waitListed attendees(first: 10, status: REGISTERED) { edges { node { code } } } } }", new { id = eventId });

        Assert.Equal("WAIT_LISTED", waiting["registerAttendee"]!["registration"]!["status"]!.GetValue<string>());
        Assert.Equal("CONFLICT", full);
        Assert.Contains("full", fullMessage, StringComparison.Ordinal);
        Assert.Equal((1, 0), (attendees["event"]!["confirmed"]!.GetValue<int>(), attendees["event"]!["waitListed"]!.GetValue<int>()));
        Assert.Equal(waiting["registerAttendee"]!["registration"]!["code"]!.GetValue<string>(),
            attendees["event"]!["attendees"]!["edges"]![0]!["node"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Closing_records_no_shows_then_retroactive_attendance_and_feedback()
    {
        var eventId = await LiveEventAsync(capacity: 5);
        var code = (await Client().DataAsync(RegisterAttendee, new { eventId, smeId = await SmeAsync() }))["registerAttendee"]!["registration"]!["code"]!.GetValue<string>();

        var closed = await Client().DataAsync("mutation($id: ID!) { closeEvent(id: $id) { status } }", new { id = eventId });
        var report = await Client().DataAsync("mutation($id: ID!, $codes: [String!]!) { recordRetroactiveAttendance(eventId: $id, codes: $codes) { recorded refused { code reason } } }",
            new { id = eventId, codes = new[] { code, "nonsense" } });
        var feedback = await Client().DataAsync("mutation($code: String!) { leaveFeedback(code: $code, rating: 5, comment: \"<script>alert(1)</script>\") { retroactive feedback { rating comment } } }", new { code });
        var (again, _, _) = await Client().ErrorAsync("mutation($code: String!) { leaveFeedback(code: $code, rating: 4) { code } }", new { code });
        var (badRating, ratingField, _) = await Client().ErrorAsync("mutation($code: String!) { leaveFeedback(code: $code, rating: 9) { code } }", new { code });

        Assert.Equal("CLOSED", closed["closeEvent"]!["status"]!.GetValue<string>());
        Assert.Equal(code, report["recordRetroactiveAttendance"]!["recorded"]![0]!.GetValue<string>());
        Assert.Equal("nonsense", report["recordRetroactiveAttendance"]!["refused"]![0]!["code"]!.GetValue<string>());
        Assert.True(feedback["leaveFeedback"]!["retroactive"]!.GetValue<bool>());
        Assert.Equal("<script>alert(1)</script>", feedback["leaveFeedback"]!["feedback"]!["comment"]!.GetValue<string>());
        Assert.Equal("CONFLICT", again);
        Assert.Equal(("VALIDATION", "rating"), (badRating, ratingField));
    }

    [Fact]
    public async Task A_door_device_replaying_its_offline_scans_gets_the_first_answers_and_the_scan_times()
    {
        const string scanned = "mutation($code: String!, $scanId: String, $scannedAt: DateTimeOffset) { checkIn(code: $code, scanId: $scanId, scannedAt: $scannedAt) { outcome localTime registration { checkedInAt } } }";
        var eventId = await LiveEventAsync(capacity: 5);
        var code = (await Client().DataAsync(RegisterAttendee, new { eventId, smeId = await SmeAsync() }))["registerAttendee"]!["registration"]!["code"]!.GetValue<string>();
        var scannedAt = DateTimeOffset.UtcNow.AddMinutes(-30);
        var scan = new { code, scanId = "door-phone-3-000017", scannedAt };

        var first = (await Client().DataAsync(scanned, scan))["checkIn"]!;
        var replayed = (await Client().DataAsync(scanned, scan))["checkIn"]!;
        var (withoutId, field, _) = await Client().ErrorAsync(scanned, new { code, scannedAt });

        Assert.Equal("CHECKED_IN", first["outcome"]!.GetValue<string>());
        Assert.Equal(first.ToJsonString(), replayed.ToJsonString());
        Assert.Equal(scannedAt, first["registration"]!["checkedInAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(("VALIDATION", "scanId"), (withoutId, field));

        const string walkIn = "mutation($e: ID!, $s: ID!, $scanId: String, $scannedAt: DateTimeOffset) { walkIn(eventId: $e, smeId: $s, scanId: $scanId, scannedAt: $scannedAt) { outcome registration { code checkedInAt } } }";
        var walkInScan = new { e = eventId, s = await SmeAsync(), scanId = "door-phone-3-000018", scannedAt };
        var walkedIn = (await Client().DataAsync(walkIn, walkInScan))["walkIn"]!;
        Assert.Equal(walkedIn.ToJsonString(), (await Client().DataAsync(walkIn, walkInScan))["walkIn"]!.ToJsonString());
        Assert.Equal(scannedAt, walkedIn["registration"]!["checkedInAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Door_staff_check_in_at_their_event_only_and_bad_codes_are_typed_errors()
    {
        var otherEvent = await LiveEventAsync(capacity: 5);
        var code = (await Client().DataAsync(RegisterAttendee, new { eventId = otherEvent, smeId = await SmeAsync() }))["registerAttendee"]!["registration"]!["code"]!.GetValue<string>();

        var (forbidden, _, _) = await Client("dev-door-workshop").ErrorAsync(CheckIn, new { code });
        var (malformed, field, _) = await Client("dev-door-workshop").ErrorAsync(CheckIn, new { code = "not-a-code" });
        var (unknownEvent, _, _) = await Client().ErrorAsync(CheckIn, new { code = "ev-nosuchevent.0.ABCDEFGHJKMNPQRS" });
        var (unknownCode, _, _) = await Client().ErrorAsync(CheckIn, new { code = $"{otherEvent}.0.ABCDEFGHJKMNPQRS" });
        var (publish, _, _) = await Client("dev-door-workshop").ErrorAsync("mutation($id: ID!) { closeEvent(id: $id) { id } }", new { id = otherEvent });
        var (organiserElsewhere, _, _) = await Client("dev-partner-aditec").ErrorAsync(CheckIn, new { code });

        Assert.Equal("FORBIDDEN", forbidden);
        Assert.Equal(("VALIDATION", "code"), (malformed, field));
        Assert.Equal("NOT_FOUND", unknownEvent);
        Assert.Equal("NOT_FOUND", unknownCode);
        Assert.Equal("FORBIDDEN", publish);
        Assert.Equal("FORBIDDEN", organiserElsewhere);
        var still = await Client().DataAsync("query($id: ID!) { event(id: $id) { attendees(first: 5) { edges { node { status } } } } }", new { id = otherEvent });
        Assert.Equal("REGISTERED", still["event"]!["attendees"]!["edges"]![0]!["node"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attendees_and_events_page_forwards_to_the_end()
    {
        var eventId = await LiveEventAsync(capacity: 60);
        var expected = new HashSet<string>();
        for (var i = 0; i < 45; i++)
        {
            expected.Add((await Client().DataAsync(RegisterAttendee, new { eventId, smeId = await SmeAsync() }))["registerAttendee"]!["registration"]!["code"]!.GetValue<string>());
        }

        var codes = await AllPagesAsync("query($id: ID!, $after: String) { event(id: $id) { attendees(first: 7, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } } }",
            eventId, d => d["event"]!["attendees"]!, n => n["code"]!.GetValue<string>());
        var events = await AllPagesAsync("query($after: String) { events(first: 3, after: $after, filter: { kind: SECTOR_WORKSHOP, status: LIVE, from: \"" + ApiScenario.Today + "\", to: \"" + ApiScenario.Today + "\" }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
            null, d => d["events"]!, n => n["id"]!.GetValue<string>());

        Assert.Equal(expected.Order(), codes.Order());
        Assert.Contains(eventId, events);
        Assert.Equal(events.Count, events.Distinct().Count());
    }

    [Fact]
    public async Task Attendees_carry_the_firms_name_for_the_events_organisers()
    {
        var eventId = await LiveEventAsync(capacity: 5);
        var smeId = await ApiScenario.SmeAsync(Client(), "Badge <b>Works</b> BV");
        await ApiScenario.RegisterAsync(Client(), eventId, smeId);

        var attendees = (await Client("dev-organiser-voka-east").DataAsync(
            "query($id: ID!) { event(id: $id) { attendees(first: 5) { items { smeId smeName } } } }", new { id = eventId }))["event"]!["attendees"]!["items"]!.AsArray();

        var attendee = Assert.Single(attendees)!;
        Assert.Equal(smeId, attendee["smeId"]!.GetValue<string>());
        Assert.Equal("Badge <b>Works</b> BV", attendee["smeName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_are_listed_by_host_partner()
    {
        const string Day = "2031-07-14";
        var aditec = await CreatedAsync(With(ApiScenario.Workshop(5, day: Day, title: "ADITEC day"), "aditec", "HAUTS_DE_FRANCE"));
        var voka = await CreatedAsync(ApiScenario.Workshop(5, day: Day, title: "VOKA day"));
        const string List = "query($p: ID) { events(first: 100, filter: { from: \"2031-07-14\", to: \"2031-07-14\", hostPartnerId: $p }) { items { id hostPartnerId } } }";

        // The month index is kept up to date through the events' outboxes: wait until both are listed.
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(200))
        {
            var all = (await Client().DataAsync(List, new { p = (string?)null }))["events"]!["items"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToList();
            if (all.Contains(aditec) && all.Contains(voka))
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "The two events were never listed.");
        }

        var hosted = (await Client().DataAsync(List, new { p = "aditec" }))["events"]!["items"]!.AsArray();
        Assert.Contains(aditec, hosted.Select(e => e!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(voka, hosted.Select(e => e!["id"]!.GetValue<string>()));
        Assert.All(hosted, e => Assert.Equal("aditec", e!["hostPartnerId"]!.GetValue<string>()));

        // Without a date range the partner's own list is read, not every event.
        const string ByPartner = "query { events(first: 100, filter: { hostPartnerId: \"aditec\" }) { items { id hostPartnerId } } }";
        await Eventually.TrueAsync(async () => (await Client().DataAsync(ByPartner))["events"]!["items"]!.AsArray().Any(e => e!["id"]!.GetValue<string>() == aditec),
            TimeSpan.FromSeconds(30), "the event is listed under its host partner");
        var byPartner = (await Client().DataAsync(ByPartner))["events"]!["items"]!.AsArray();
        Assert.DoesNotContain(voka, byPartner.Select(e => e!["id"]!.GetValue<string>()));
        Assert.All(byPartner, e => Assert.Equal("aditec", e!["hostPartnerId"]!.GetValue<string>()));
    }

    private async Task<string> CreatedAsync(object input) =>
        (await Client().DataAsync(Create, new { input }))["createEvent"]!["id"]!.GetValue<string>();

    /// <summary>The workshop input hosted by another partner in its region.</summary>
    private static Dictionary<string, object?> With(object workshop, string hostPartnerId, string region)
    {
        var input = workshop.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(workshop));
        input["hostPartnerId"] = hostPartnerId;
        input["region"] = region;
        return input;
    }

    private async Task<List<string>> AllPagesAsync(string query, string? id, Func<JsonNode, JsonNode> connection, Func<JsonNode, string> key)
    {
        var all = new List<string>();
        string? after = null;
        do
        {
            var page = connection(await Client().DataAsync(query, id is null ? new { after } : new { id, after }));
            all.AddRange(page["edges"]!.AsArray().Select(e => key(e!["node"]!)));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return all;
    }

    private Task<string> LiveEventAsync(int capacity, int? waitingListLimit = null) => ApiScenario.LiveEventAsync(Client(), capacity, waitingListLimit);

    private Task<string> SmeAsync() => ApiScenario.SmeAsync(Client());

    private static object Workshop(int capacity, int? waitingListLimit = null) => ApiScenario.Workshop(capacity, waitingListLimit);
}
