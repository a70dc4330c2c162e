using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.GraphQL;

public sealed class SmeApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Register = """
        mutation($input: RegisterSmeInput!, $key: String) {
          registerSme(input: $input, idempotencyKey: $key) { created sme { id name provisional stage { stage } leadPartnerId } }
        }
        """;

    private GraphQLClient Client(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    [Fact]
    public async Task Registering_a_firm_twice_returns_the_same_sme_and_says_it_existed()
    {
        var kvk = TestCompanyIds.Kvk();

        var first = await Client().DataAsync(Register, new { input = Firm("NL", kvk, "SOUTH_WEST_NETHERLANDS", "innovatiehuis") });
        var second = await Client().DataAsync(Register, new { input = Firm("NL", kvk, "SOUTH_WEST_NETHERLANDS", "innovatiehuis") });

        Assert.True(first["registerSme"]!["created"]!.GetValue<bool>());
        Assert.False(second["registerSme"]!["created"]!.GetValue<bool>());
        Assert.Equal($"NL-{kvk}", second["registerSme"]!["sme"]!["id"]!.GetValue<string>());
        Assert.Equal("AWARE", second["registerSme"]!["sme"]!["stage"]!["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_provisional_sme_registered_again_with_the_same_idempotency_key_is_the_same_sme()
    {
        var input = Firm("BE", null, "WEST_FLANDERS", "pom-west-flanders");

        var first = await Client().DataAsync(Register, new { input, key = "walk-in-42" });
        var retry = await Client().DataAsync(Register, new { input, key = "walk-in-42" });

        Assert.Equal(first["registerSme"]!["sme"]!["id"]!.GetValue<string>(), retry["registerSme"]!["sme"]!["id"]!.GetValue<string>());
        Assert.True(retry["registerSme"]!["sme"]!["provisional"]!.GetValue<bool>());
        Assert.False(retry["registerSme"]!["created"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("FR", "732829321", "HAUTS_DE_FRANCE", 10, "input.companyId")]
    [InlineData("NL", null, "KENT", 10, "eligibility")]
    [InlineData("NL", "12345678", "SOUTH_WEST_NETHERLANDS", 400, "eligibility")]
    public async Task Bad_registrations_are_refused_with_the_field_and_change_nothing(string country, string? companyId, string region, int staff, string field)
    {
        var input = Firm(country, companyId, region, "aditec", staff);

        var (code, errorField, message) = await Client().ErrorAsync(Register, new { input, key = "bad-" + Guid.NewGuid() });

        Assert.Equal(("VALIDATION", field), (code, errorField));
        Assert.False(string.IsNullOrWhiteSpace(message));
        if (companyId is not null)
        {
            var (lookup, _, _) = await Client().ErrorAsync("query($id: ID!) { sme(id: $id) { id } }", new { id = $"{country}-{companyId}" });
            Assert.True(lookup is "NOT_FOUND" or "VALIDATION");
        }
    }

    [Fact]
    public async Task Unknown_and_malformed_sme_ids_are_typed_errors()
    {
        var (missing, missingField, _) = await Client().ErrorAsync("{ sme(id: \"NL-00000001\") { id } }");
        var (malformed, malformedField, _) = await Client().ErrorAsync("{ sme(id: \"<script>\") { id } }");

        Assert.Equal(("NOT_FOUND", "id"), (missing, missingField));
        Assert.Equal(("VALIDATION", "id"), (malformed, malformedField));
    }

    [Fact]
    public async Task Partners_see_in_full_only_smes_they_lead_or_served_and_members_their_own()
    {
        var kvk = TestCompanyIds.Kvk();
        await Client().DataAsync(Register, new { input = Firm("NL", kvk, "SOUTH_WEST_NETHERLANDS", "aditec") });
        const string query = "query($id: ID!) { sme(id: $id) { name } }";

        var lead = await Client("dev-partner-aditec").DataAsync(query, new { id = $"NL-{kvk}" });
        var (other, _, _) = await Client("dev-partner-kcc").ErrorAsync(query, new { id = $"NL-{kvk}" });
        var (door, _, _) = await Client("dev-door-workshop").ErrorAsync("{ smes(first: 1) { edges { node { id } } } }");
        var (registerForOther, _, _) = await Client("dev-partner-kcc").ErrorAsync(Register, new { input = Firm("NL", TestCompanyIds.Kvk(), "SOUTH_WEST_NETHERLANDS", "aditec") });
        var member = await Client("dev-member-gentse-sensoren").DataAsync(query, new { id = "BE-0403170701" });

        Assert.NotNull(lead["sme"]);
        Assert.Equal("FORBIDDEN", other);
        Assert.Equal("FORBIDDEN", door);
        Assert.Equal("FORBIDDEN", registerForOther);
        Assert.Equal("[Demo] Gentse Sensoren", member["sme"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Smes_page_forwards_to_the_end_without_gaps_or_repeats()
    {
        var registered = new HashSet<string>();
        for (var i = 0; i < 7; i++)
        {
            var id = TestCompanyIds.Belgian();
            await Client().DataAsync(Register, new { input = Firm("BE", id, "WEST_FLANDERS", "voka-west-flanders") with { sector = "FOOD_AND_DRINK" } });
            registered.Add($"BE-{id}");
        }

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await Client().DataAsync(
                "query($after: String) { smes(first: 2, after: $after, filter: { partnerId: \"voka-west-flanders\", sector: FOOD_AND_DRINK }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after }))["smes"]!;
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            pages++;
        }
        while (after is not null && pages < 20);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(registered.Order(), seen.Order());
        Assert.Equal(4, pages);
    }

    [Fact]
    public async Task A_cursor_that_was_not_given_by_the_api_is_refused()
    {
        var (code, field, _) = await Client().ErrorAsync("{ smes(first: 2, after: \"bm90LWEtY3Vyc29y\") { edges { cursor } } }");

        Assert.Equal(("VALIDATION", "after"), (code, field));
    }

    [Fact]
    public async Task The_journey_pages_and_contacts_are_shown_only_to_the_lead_partner_and_secretariat()
    {
        var kvk = TestCompanyIds.Kvk();
        var input = Firm("NL", kvk, "SOUTH_WEST_NETHERLANDS", "aditec") with
        {
            contacts = new[] { new { name = "Sanne Visser", email = "sanne@example.nl", phone = (string?)null, consent = new { version = "v1", givenOn = "2026-10-01", language = "DUTCH" } } },
        };
        await Client().DataAsync(Register, new { input });

        var lead = await Client("dev-partner-aditec").DataAsync(
            "query($id: ID!) { sme(id: $id) { contacts { name email consentLanguage } journey(first: 1) { totalCount edges { node { kind } } pageInfo { hasNextPage } } } }",
            new { id = $"NL-{kvk}" });

        Assert.Equal("sanne@example.nl", lead["sme"]!["contacts"]![0]!["email"]!.GetValue<string>());
        Assert.Equal("ENROLLED", lead["sme"]!["journey"]!["edges"]![0]!["node"]!["kind"]!.GetValue<string>());
        Assert.False(lead["sme"]!["journey"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    private static FirmInput Firm(string country, string? companyId, string region, string partner, int staff = 12) =>
        new(country, companyId, "API firm " + Guid.NewGuid().ToString("N")[..6], region, "MECHATRONICS", staff,
            new { amount = 1_500_000, currency = "EUR" }, new { amount = 900_000, currency = "EUR" }, partner, Array.Empty<object>());

    private sealed record FirmInput(
        string country, string? companyId, string name, string region, string sector, int staffCount,
        object turnover, object balanceSheetTotal, string leadPartnerId, object contacts);
}
