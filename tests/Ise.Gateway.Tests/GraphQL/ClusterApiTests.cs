using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Gateway.Tests.GraphQL;

public sealed class ClusterApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Member = "dev-member-gentse-sensoren";
    private const string MemberSme = "BE-0403170701";

    private GraphQLClient Client(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    [Fact]
    public async Task A_member_joins_posts_once_per_idempotency_key_and_reads_its_cluster()
    {
        await Client(Member).DataAsync("mutation { joinCluster(smeId: \"BE-0403170701\", sector: MECHATRONICS) { stage { stage } clusters } }");
        const string post = "mutation($key: String) { postToCluster(sector: MECHATRONICS, smeId: \"BE-0403170701\", text: \"<img src=x onerror=alert(1)> Looking for sensor partners\", idempotencyKey: $key) { sequence text kind } }";

        var first = await Client(Member).DataAsync(post, new { key = "p1" });
        var retry = await Client(Member).DataAsync(post, new { key = "p1" });
        await Eventually.TrueAsync(async () =>
            (await Client(Member).DataAsync("{ cluster(sector: MECHATRONICS) { memberCount } }"))["cluster"]!["memberCount"]!.GetValue<int>() >= 1,
            TimeSpan.FromSeconds(10), "the cluster counts its member");
        var cluster = await Client(Member).DataAsync("{ cluster(sector: MECHATRONICS) { name memberCount membersByCountry { key count } feed(first: 5) { edges { node { kind text smeId } } } members(first: 10) { edges { node { smeId joinedAt } } } } }");

        Assert.Equal(first["postToCluster"]!["sequence"]!.GetValue<long>(), retry["postToCluster"]!["sequence"]!.GetValue<long>());
        Assert.Equal("<img src=x onerror=alert(1)> Looking for sensor partners", first["postToCluster"]!["text"]!.GetValue<string>());
        Assert.Equal("Mechatronics", cluster["cluster"]!["name"]!.GetValue<string>());
        Assert.Contains(cluster["cluster"]!["members"]!["edges"]!.AsArray(), e => e!["node"]!["smeId"]!.GetValue<string>() == MemberSme);
        Assert.Contains(cluster["cluster"]!["feed"]!["edges"]!.AsArray(), e => e!["node"]!["kind"]!.GetValue<string>() == "POST");
    }

    [Fact]
    public async Task Posting_or_reading_outside_ones_clusters_is_forbidden()
    {
        var (notMember, _, _) = await Client(Member).ErrorAsync("mutation { postToCluster(sector: FOOD_AND_DRINK, smeId: \"BE-0403170701\", text: \"hi\") { sequence } }");
        var (otherCluster, _, _) = await Client(Member).ErrorAsync("{ cluster(sector: FOOD_AND_DRINK) { memberCount } }");
        var (asOther, _, _) = await Client(Member).ErrorAsync("mutation { postToCluster(sector: MECHATRONICS, smeId: \"GB-09876543\", text: \"hi\") { sequence } }");
        var (door, _, _) = await Client("dev-door-workshop").ErrorAsync("{ clusters { memberCount } }");
        await Client().DataAsync("mutation { joinCluster(smeId: \"GB-09876543\", sector: DIGITAL_AND_CREATIVE) { id } } ");
        var (blank, blankField, _) = await Client().ErrorAsync("mutation { postToCluster(sector: DIGITAL_AND_CREATIVE, smeId: \"GB-09876543\", text: \"   \") { sequence } }");

        Assert.Equal(("FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"), (notMember, otherCluster, asOther, door));
        Assert.Equal(("VALIDATION", "text"), (blank, blankField));
    }

    [Fact]
    public async Task Members_and_the_feed_page_forwards_to_the_end()
    {
        var joined = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var id = await RegisterAsync("BE", TestCompanyIds.Belgian(), "WEST_FLANDERS", "NEW_MATERIALS", "voka-west-flanders");
            await Client().DataAsync("mutation($id: ID!) { joinCluster(smeId: $id, sector: DIGITAL_AND_CREATIVE) { id } }", new { id });
            await Client().DataAsync("mutation($id: ID!) { postToCluster(sector: DIGITAL_AND_CREATIVE, smeId: $id, text: \"hello\") { sequence } }", new { id });
            joined.Add(id);
        }

        const string membersQuery = "query($after: String) { cluster(sector: DIGITAL_AND_CREATIVE) { members(first: 2, after: $after) { edges { node { smeId } } pageInfo { hasNextPage endCursor } } } }";
        List<string> members = [];
        await Eventually.TrueAsync(async () =>
        {
            members = await AllAsync(membersQuery, d => d["cluster"]!["members"]!, n => n["smeId"]!.GetValue<string>());
            return joined.All(members.Contains);
        }, TimeSpan.FromSeconds(10), "the five members are listed");
        await Eventually.TrueAsync(async () =>
            (await Client().DataAsync("{ cluster(sector: DIGITAL_AND_CREATIVE) { memberCount } }"))["cluster"]!["memberCount"]!.GetValue<int>() == members.Count,
            TimeSpan.FromSeconds(10), "the member count agrees with the member list");
        var feed = await AllAsync("query($after: String) { cluster(sector: DIGITAL_AND_CREATIVE) { feed(first: 3, after: $after) { edges { node { sequence } } pageInfo { hasNextPage endCursor } } } }",
            d => d["cluster"]!["feed"]!, n => n["sequence"]!.ToString());

        Assert.Equal(members.Count, members.Distinct().Count());
        var sequences = feed.Select(long.Parse).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Reverse().Select(i => (long)i), sequences);
        Assert.True(sequences.Count >= 10, "five joins and five posts at least");
    }

    [Fact]
    public async Task A_cross_border_connection_is_recorded_met_rated_and_counted()
    {
        var eventId = (await Client().DataAsync("""
            mutation { createEvent(input: { title: "Matchmaking", kind: CROSS_BORDER_EVENT, hostPartnerId: "voka-east-flanders", region: EAST_FLANDERS,
              sectors: [FOOD_AND_DRINK], startsAtLocal: "2026-05-04T10:00:00", endsAtLocal: "2026-05-04T16:00:00", venue: "Ghent", capacity: 20 }) { id } }
            """))["createEvent"]!["id"]!.GetValue<string>();
        await Client().DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id = eventId });
        var dutch = await RegisterAsync("NL", TestCompanyIds.Kvk(), "SOUTH_WEST_NETHERLANDS", "FOOD_AND_DRINK", "innovatiehuis");
        var belgian = await RegisterAsync("BE", TestCompanyIds.Belgian(), "EAST_FLANDERS", "FOOD_AND_DRINK", "voka-east-flanders");
        var outsider = await RegisterAsync("NL", TestCompanyIds.Kvk(), "SOUTH_WEST_NETHERLANDS", "FOOD_AND_DRINK", "innovatiehuis");
        foreach (var attendee in new[] { dutch, belgian })
        {
            await Client().DataAsync("mutation($e: ID!, $s: ID!) { registerAttendee(eventId: $e, smeId: $s) { created } }", new { e = eventId, s = attendee });
        }

        const string record = "mutation($e: ID!, $a: ID!, $b: ID!) { recordConnection(eventId: $e, smeId: $a, otherSmeId: $b, idempotencyKey: \"meet-1\") { id status crossBorder } }";
        var first = await Client("dev-organiser-voka-east").DataAsync(record, new { e = eventId, a = dutch, b = belgian });
        var retry = await Client("dev-organiser-voka-east").DataAsync(record, new { e = eventId, a = dutch, b = belgian });
        var (notThere, notThereField, _) = await Client().ErrorAsync(record.Replace("meet-1", "meet-2", StringComparison.Ordinal), new { e = eventId, a = dutch, b = outsider });
        var id = first["recordConnection"]!["id"]!.GetValue<string>();
        var (tooEarly, _, _) = await Client().ErrorAsync("mutation($id: ID!) { rateConnectionFollowUp(id: $id, rating: 4) { id } }", new { id });
        await Client().DataAsync("mutation($id: ID!) { markConnectionMet(id: $id) { status } }", new { id });
        await Client().DataAsync("mutation($id: ID!) { recordConnectionOutcome(id: $id, outcome: \"deal\") { outcome } }", new { id });
        await Client().DataAsync("mutation($id: ID!) { rateConnectionFollowUp(id: $id, rating: 5) { followUpRating } }", new { id });

        Assert.Equal(id, retry["recordConnection"]!["id"]!.GetValue<string>());
        Assert.True(first["recordConnection"]!["crossBorder"]!.GetValue<bool>());
        Assert.Equal(("NOT_FOUND", "otherSmeId"), (notThere, notThereField));
        Assert.Equal("CONFLICT", tooEarly);
        await Eventually.TrueAsync(async () =>
            (await Client().DataAsync("query($id: ID!) { event(id: $id) { connections { made } } }", new { id = eventId }))["event"]!["connections"]!["made"]!.GetValue<int>() == 1,
            TimeSpan.FromSeconds(10), "the event counts the connection");
        var tally = (await Client().DataAsync("query($id: ID!) { event(id: $id) { connections { made crossBorder countries } } }", new { id = eventId }))["event"]!["connections"]!;
        Assert.Equal(1, tally["crossBorder"]!.GetValue<int>());
        Assert.Equal(["BE", "NL"], tally["countries"]!.AsArray().Select(c => c!.GetValue<string>()));
        await Eventually.TrueAsync(async () =>
            (await Client().DataAsync("query($id: ID!) { sme(id: $id) { connections { outcome followUpRating counterpartSmeId } stage { stage } } }", new { id = dutch }))["sme"]!["connections"]!.AsArray().Count == 1,
            TimeSpan.FromSeconds(10), "the SME lists the connection");
        var sme = (await Client().DataAsync("query($id: ID!) { sme(id: $id) { connections { outcome followUpRating counterpartSmeId } stage { stage } } }", new { id = dutch }))["sme"]!;
        Assert.Equal(("deal", 5, belgian), (sme["connections"]![0]!["outcome"]!.GetValue<string>(), sme["connections"]![0]!["followUpRating"]!.GetValue<int>(), sme["connections"]![0]!["counterpartSmeId"]!.GetValue<string>()));
        Assert.Equal("INTERNATIONALISING", sme["stage"]!["stage"]!.GetValue<string>());
    }

    private async Task<List<string>> AllAsync(string query, Func<JsonNode, JsonNode> connection, Func<JsonNode, string> key)
    {
        var all = new List<string>();
        string? after = null;
        do
        {
            var page = connection(await Client().DataAsync(query, new { after }));
            all.AddRange(page["edges"]!.AsArray().Select(e => key(e!["node"]!)));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return all;
    }

    private async Task<string> RegisterAsync(string country, string companyId, string region, string sector, string partner)
    {
        await Client().DataAsync("mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created } }", new
        {
            input = new
            {
                country, companyId, name = "Cluster firm " + companyId, region, sector, staffCount = 9,
                turnover = new { amount = 700_000, currency = "EUR" }, balanceSheetTotal = new { amount = 300_000, currency = "EUR" }, leadPartnerId = partner,
            },
        });
        return $"{country}-{companyId}";
    }
}
