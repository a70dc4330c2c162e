using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Gateway.Tests.GraphQL;

/// <summary>The price of a request in extensions.cost, and dry runs, through real HTTP.</summary>
public sealed class CostTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string OneSme = "query($id: ID!) { sme(id: $id) { id name stage { stage } } }";
    private const string HundredSmesWithJourneys = "{ smes(first: 100) { edges { node { id name journey { edges { node { kind occurredAt } } } } } } }";
    private const string Register = "mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created sme { id } } }";
    private static readonly JsonObject DryRun = new() { ["dryRun"] = true };

    [Fact]
    public async Task A_page_of_100_smes_with_their_journeys_costs_2100_and_one_sme_2()
    {
        var id = await RegisterAsync();

        var (oneStatus, one) = await PostAsync(OneSme, new { id });
        var (pageStatus, page) = await PostAsync(HundredSmesWithJourneys);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (oneStatus, pageStatus));
        Assert.Equal(id, one["data"]!["sme"]!["id"]!.GetValue<string>());
        Assert.NotEmpty(page["data"]!["smes"]!["edges"]!.AsArray());
        Assert.Equal(2, Requested(one));
        Assert.Equal(100 + 100 * 20, Requested(page));
    }

    [Fact]
    public async Task Fragments_and_skip_are_counted_as_they_select()
    {
        const string query = """
            query($withJourneys: Boolean!) {
              smes(first: 10) { ...Firms }
            }
            fragment Firms on SmeConnection { edges { node { id ... on Sme { stage { stage } } journey(first: 5) @skip(if: $withJourneys) { items { id } } } } }
            """;

        var (_, without) = await PostAsync(query, new { withJourneys = true });
        var (_, with) = await PostAsync(query, new { withJourneys = false });

        Assert.Null(without["errors"]);
        Assert.Equal(10 + 10, Requested(without));
        Assert.Equal(10 + 10 + 10 * 5, Requested(with));
    }

    [Fact]
    public async Task A_dry_run_of_a_query_answers_its_cost_and_no_data()
    {
        var (status, body) = await PostAsync(HundredSmesWithJourneys, extensions: DryRun);
        var (getStatus, viaGet) = await GetAsync("{ smes(first: 7) { items { id } } }", """{"dryRun":true}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (status, getStatus));
        Assert.False(body.AsObject().ContainsKey("data"));
        Assert.Null(body["errors"]);
        Assert.Equal(2_100, Requested(body));
        Assert.False(viaGet.AsObject().ContainsKey("data"));
        Assert.Equal(7, Requested(viaGet));
    }

    [Fact]
    public async Task A_dry_run_of_a_mutation_changes_nothing()
    {
        var input = Firm(TestCompanyIds.Kvk());
        var id = $"NL-{input.companyId}";

        var (status, dry) = await PostAsync(Register, new { input }, DryRun);
        var (_, afterDryRun) = await PostAsync(OneSme, new { id });
        var (_, real) = await PostAsync(Register, new { input });
        var (_, afterRealRun) = await PostAsync(OneSme, new { id });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(dry.AsObject().ContainsKey("data"));
        Assert.Equal(11, Requested(dry));
        Assert.Equal("NOT_FOUND", afterDryRun["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(real["data"]!["registerSme"]!["created"]!.GetValue<bool>());
        Assert.Equal(11, Requested(real));
        Assert.Equal(id, afterRealRun["data"]!["sme"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dry_run_of_an_invalid_document_returns_the_validation_error()
    {
        var (status, body) = await PostAsync("{ sme(id: \"NL-1\") { nothingHere } }", extensions: DryRun);
        var (variableStatus, variables) = await PostAsync(Register, new { input = new { country = "NL" } }, DryRun);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (status, variableStatus));
        Assert.False(body.AsObject().ContainsKey("data"));
        Assert.Equal("VALIDATION", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("nothingHere", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, Requested(body));
        Assert.NotNull(variables["errors"]);
    }

    [Fact]
    public async Task A_dry_run_switch_that_is_not_a_boolean_is_refused_and_runs_nothing()
    {
        var input = Firm(TestCompanyIds.Kvk());

        var (status, body) = await PostAsync(Register, new { input }, new JsonObject { ["dryRun"] = "true" });
        var (_, after) = await PostAsync(OneSme, new { id = $"NL-{input.companyId}" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("VALIDATION", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("extensions.dryRun must be true or false.", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", after["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_page_size_may_come_from_a_variable()
    {
        var (_, body) = await PostAsync("query($n: Int) { smes(first: $n) { items { id stage { stage } } } }", new { n = 7 });

        Assert.Null(body["errors"]);
        Assert.Equal(14, Requested(body));
    }

    [Fact]
    public async Task Actual_counts_the_objects_that_came_back_where_it_differs_from_the_price()
    {
        var id = await RegisterAsync();

        var (_, page) = await PostAsync("query($id: ID!) { sme(id: $id) { id journey(first: 20) { edges { node { kind } } } } }", new { id });
        var (_, missing) = await PostAsync(OneSme, new { id = $"NL-{TestCompanyIds.Kvk()}" });
        var (_, one) = await PostAsync(OneSme, new { id });
        var (_, mutation) = await PostAsync(Register, new { input = Firm(TestCompanyIds.Kvk()) });

        Assert.Equal(21, Requested(page));
        Assert.Equal(1 + page["data"]!["sme"]!["journey"]!["edges"]!.AsArray().Count, Actual(page));
        Assert.Equal("NOT_FOUND", missing["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(0, Actual(missing));
        Assert.Equal(2, Requested(one));
        Assert.Null(one["extensions"]!["cost"]!["actual"]);
        Assert.Equal(11, Requested(mutation));
        Assert.Null(mutation["extensions"]!["cost"]!["actual"]);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_not_priced()
    {
        var (_, body) = await PostAsync("{ smes(first: 10) { items { id }", extensions: DryRun);

        Assert.NotNull(body["errors"]);
        Assert.Null(body["extensions"]?["cost"]);
    }

    private static long Requested(JsonNode body) =>
        body["extensions"]?["cost"]?["requested"]?.GetValue<long>() ?? throw new InvalidOperationException("no extensions.cost.requested: " + body.ToJsonString());

    private static long Actual(JsonNode body) =>
        body["extensions"]?["cost"]?["actual"]?.GetValue<long>() ?? throw new InvalidOperationException("no extensions.cost.actual: " + body.ToJsonString());

    private async Task<string> RegisterAsync()
    {
        var input = Firm(TestCompanyIds.Kvk());
        var (_, body) = await PostAsync(Register, new { input });
        return body["data"]?["registerSme"]?["sme"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(body.ToJsonString());
    }

    private Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string query, object? variables = null, JsonObject? extensions = null) =>
        new GraphQLClient(factory.CreateClient()).SendAsync(query, variables, extensions: extensions);

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string query, string extensions)
    {
        using var http = factory.CreateClient();
        var uri = $"/graphql?query={Uri.EscapeDataString(query)}&extensions={Uri.EscapeDataString(extensions)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponse));
        request.Headers.Add("X-Api-Key", "dev-secretariat");
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty response"));
    }

    private static FirmInput Firm(string kvk) =>
        new("NL", kvk, "Priced firm " + Guid.NewGuid().ToString("N")[..6], "SOUTH_WEST_NETHERLANDS", "MECHATRONICS", 12,
            new { amount = 1_500_000, currency = "EUR" }, new { amount = 900_000, currency = "EUR" }, "innovatiehuis", Array.Empty<object>());

    private sealed record FirmInput(
        string country, string companyId, string name, string region, string sector, int staffCount,
        object turnover, object balanceSheetTotal, string leadPartnerId, object contacts);
}
