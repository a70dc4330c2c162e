using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.RateLimiting;

/// <summary>
/// GraphQL requests spend their price from their caller's budget (100 points per key, 10 per anonymous
/// address, in windows of an hour), through real HTTP. Each test starts a window of its own.
/// </summary>
public sealed class PointBudgetTests(RateLimitedGatewayFactory factory) : IClassFixture<RateLimitedGatewayFactory>
{
    private const string FiftySmes = "{ smes(first: 50) { items { id } } }";
    private const string Register = "mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created sme { id } } }";

    [Fact]
    public async Task A_key_short_of_a_price_gets_429_with_retry_after_runs_nothing_and_another_key_goes_on()
    {
        var resetAt = factory.StartNextWindow();
        var secretariat = Client("dev-secretariat");
        var kvk = TestCompanyIds.Kvk();
        Assert.Equal(4, Remaining(await SpendAsync(secretariat, FiftySmes, "{ smes(first: 46) { items { id } } }")));

        using var refused = await secretariat.PostAsync(Register, new { input = Firm(kvk) });
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        var other = await Client("dev-partner-aditec").SendAsync(FiftySmes);
        factory.StartNextWindow();
        var afterwards = await secretariat.ErrorAsync("query($id: ID!) { sme(id: $id) { id } }", new { id = $"NL-{kvk}" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, (int)RateLimitedGatewayFactory.Window.TotalSeconds);
        var error = body["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(retryAfter, error["extensions"]!["retryAfterSeconds"]!.GetValue<int>());
        Assert.Contains("costs 11 points and the API key of Programme secretariat", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
        Assert.Equal(11, Requested(body));
        Assert.Equal(4, Remaining(body));
        Assert.Equal(Format(resetAt), body["extensions"]!["cost"]!["resetAt"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(RateLimitedGatewayFactory.PointsPerKey - 50, Remaining(other.Body));
        Assert.Equal("NOT_FOUND", afterwards.Code);
    }

    [Fact]
    public async Task A_key_with_nothing_left_is_turned_away_before_its_request_is_read()
    {
        var resetAt = factory.StartNextWindow();
        var organiser = Client("dev-organiser-voka-east");
        await SpendAsync(organiser, FiftySmes, FiftySmes);

        using var refused = await organiser.PostAsync("{ smes(first: ");
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith("The budget of the API key of VOKA East Flanders event organiser", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["extensions"]!["cost"]!["requested"]);
        Assert.Equal(0, Remaining(body));
        Assert.Equal(Format(resetAt), body["extensions"]!["cost"]!["resetAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Remaining_falls_by_each_price_and_a_dry_run_costs_one_point()
    {
        var resetAt = factory.StartNextWindow();
        var partner = Client("dev-partner-kcc");

        var (_, ten) = await partner.SendAsync("{ smes(first: 10) { items { id } } }");
        var (_, twentyFive) = await partner.SendAsync("{ smes(first: 25) { edges { node { id } } } }");
        var (_, dryRun) = await partner.SendAsync(FiftySmes, extensions: new { dryRun = true });
        var (_, introspection) = await partner.SendAsync("{ __typename }");

        Assert.Equal((10, 25, 50), (Requested(ten), Requested(twentyFive), Requested(dryRun)));
        Assert.Equal(
            (RateLimitedGatewayFactory.PointsPerKey - 10, RateLimitedGatewayFactory.PointsPerKey - 35, RateLimitedGatewayFactory.PointsPerKey - 36, RateLimitedGatewayFactory.PointsPerKey - 37),
            (Remaining(ten), Remaining(twentyFive), Remaining(dryRun), Remaining(introspection)));
        Assert.Equal(Format(resetAt), ten["extensions"]!["cost"]!["resetAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_budget_is_full_again_when_the_window_resets()
    {
        factory.StartNextWindow();
        var organiser = Client("dev-organiser-voka-east");
        await SpendAsync(organiser, FiftySmes, FiftySmes);
        var (refused, _) = await organiser.SendAsync("{ smes(first: 1) { items { id } } }");

        factory.StartNextWindow();
        var (status, body) = await organiser.SendAsync("{ smes(first: 1) { items { id } } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(RateLimitedGatewayFactory.PointsPerKey - 1, Remaining(body));
    }

    [Fact]
    public async Task A_request_costing_more_than_a_whole_window_is_refused_without_retry_after()
    {
        factory.StartNextWindow();
        var member = Client("dev-member-gentse-sensoren");

        using var refused = await member.PostAsync("{ smes(first: 100) { items { id stage { stage } } } }");
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        var (afterwards, _) = await member.SendAsync(FiftySmes);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Retry-After"));
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("smaller pages", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterwards);
    }

    [Fact]
    public async Task An_anonymous_address_spends_at_least_a_point_a_request_even_when_refused_before_pricing()
    {
        factory.StartNextWindow();
        var anonymous = Client(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedGatewayFactory.PointsPerAddress / 2; i++)
        {
            statuses.Add((await anonymous.SendAsync("{ __typename }")).Status);
            statuses.Add((await anonymous.SendAsync("{ smes(first: ")).Status);
        }

        var (refused, body) = await anonymous.SendAsync("{ __typename }");

        Assert.Equal(Enumerable.Repeat(new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest }, (int)RateLimitedGatewayFactory.PointsPerAddress / 2).SelectMany(s => s), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused);
        Assert.Contains("this address", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private GraphQLClient Client(string? apiKey) => new(factory.CreateClient(), apiKey);

    /// <summary>Sends each query, which must succeed, and returns the last answer.</summary>
    private static async Task<JsonNode> SpendAsync(GraphQLClient client, params string[] queries)
    {
        JsonNode last = new JsonObject();
        foreach (var query in queries)
        {
            var (status, body) = await client.SendAsync(query);
            Assert.Equal(HttpStatusCode.OK, status);
            last = body;
        }

        return last;
    }

    private static long Requested(JsonNode body) => body["extensions"]!["cost"]!["requested"]!.GetValue<long>();

    private static long Remaining(JsonNode body) => body["extensions"]!["cost"]!["remaining"]!.GetValue<long>();

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static object Firm(string kvk) => new
    {
        country = "NL", companyId = kvk, name = "Budget firm " + kvk, region = "SOUTH_WEST_NETHERLANDS", sector = "MECHATRONICS", staffCount = 12,
        turnover = new { amount = 1_500_000, currency = "EUR" }, balanceSheetTotal = new { amount = 900_000, currency = "EUR" },
        leadPartnerId = "innovatiehuis", contacts = Array.Empty<object>(),
    };
}
