namespace Ise.Testing;

/// <summary>
/// Fresh programme data made through the GraphQL API, as a partner system would: SMEs, a live
/// sector workshop hosted by VOKA East Flanders, registrations and check-ins.
/// </summary>
public static class ApiScenario
{
    public const string RegisterAttendee = """
        mutation($eventId: ID!, $smeId: ID!, $key: String) { registerAttendee(eventId: $eventId, smeId: $smeId, idempotencyKey: $key) { created registration { code status } } }
        """;

    public const string CheckIn = "mutation($code: String!) { checkIn(code: $code) { outcome localTime message registration { status } } }";

    public const string CreateEvent = """
        mutation($input: CreateEventInput!, $key: String) { createEvent(input: $input, idempotencyKey: $key) { id status capacity startsAt startsAtLocal timeZone } }
        """;

    /// <summary>Today in Ghent (yyyy-MM-dd): the day of the events a test runs live, since a past event is never started.</summary>
    public static string Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime)
        .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A sector workshop in Ghent hosted by VOKA East Flanders, on <paramref name="day"/> (yyyy-MM-dd, local; default <see cref="Today"/>).</summary>
    public static object Workshop(int capacity, int? waitingListLimit = null, string? day = null, string title = "API workshop") => new
    {
        title, kind = "SECTOR_WORKSHOP", hostPartnerId = "voka-east-flanders", region = "EAST_FLANDERS", sectors = new[] { "MECHATRONICS" },
        startsAtLocal = (day ?? Today) + "T09:30:00", endsAtLocal = (day ?? Today) + "T17:00:00", venue = "Ghent", capacity, waitingListLimit,
    };

    /// <summary>Creates, publishes and starts a workshop (today unless <paramref name="day"/> says otherwise); returns its id.</summary>
    public static Task<string> LiveEventAsync(GraphQLClient client, int capacity, int? waitingListLimit = null, string? day = null) =>
        StartEventAsync(client, Workshop(capacity, waitingListLimit, day));

    /// <summary>Creates an event from a <c>CreateEventInput</c>, publishes and starts it; returns its id.</summary>
    public static async Task<string> StartEventAsync(GraphQLClient client, object input)
    {
        var id = (await client.DataAsync(CreateEvent, new { input }))["createEvent"]!["id"]!.GetValue<string>();
        await client.DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id });
        await client.DataAsync("mutation($id: ID!) { startEvent(id: $id) { id } }", new { id });
        return id;
    }

    /// <summary>Registers a Dutch mechatronics SME led by Innovatiehuis (or <paramref name="leadPartnerId"/>); returns its id.</summary>
    public static async Task<string> SmeAsync(GraphQLClient client, string? name = null, string leadPartnerId = "innovatiehuis")
    {
        var kvk = TestCompanyIds.Kvk();
        await client.DataAsync("mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created } }", new
        {
            input = new
            {
                country = "NL", companyId = kvk, name = name ?? "Attendee " + kvk, region = "SOUTH_WEST_NETHERLANDS", sector = "MECHATRONICS", staffCount = 8,
                turnover = new { amount = 800_000, currency = "EUR" }, balanceSheetTotal = new { amount = 400_000, currency = "EUR" }, leadPartnerId,
            },
        });
        return $"NL-{kvk}";
    }

    /// <summary>Registers an SME for an event; returns the attendee code.</summary>
    public static async Task<string> RegisterAsync(GraphQLClient client, string eventId, string smeId) =>
        (await client.DataAsync(RegisterAttendee, new { eventId, smeId }))["registerAttendee"]!["registration"]!["code"]!.GetValue<string>();

    /// <summary>The SME joins the mechatronics cluster (the member appears in its feed through the outbox).</summary>
    public static Task JoinMechatronicsAsync(GraphQLClient client, string smeId) =>
        client.DataAsync("mutation($s: ID!) { joinCluster(smeId: $s, sector: MECHATRONICS) { id } }", new { s = smeId });

    /// <summary>The SME posts in the mechatronics cluster's feed; returns the item's number.</summary>
    public static async Task<long> PostToMechatronicsAsync(GraphQLClient client, string smeId, string text) =>
        (await client.DataAsync("mutation($s: ID!, $t: String!) { postToCluster(sector: MECHATRONICS, smeId: $s, text: $t) { sequence } }", new { s = smeId, t = text }))["postToCluster"]!["sequence"]!.GetValue<long>();
}
