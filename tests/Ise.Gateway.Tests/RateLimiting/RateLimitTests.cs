using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.RateLimiting;

public sealed class RateLimitTests(RateLimitedGatewayFactory factory) : IClassFixture<RateLimitedGatewayFactory>
{
    private const string Query = "{ me { role } }";

    [Fact]
    public async Task A_key_over_its_limit_gets_a_clear_429_with_retry_after_while_other_keys_go_on()
    {
        var http = factory.CreateClient();
        var partner = new GraphQLClient(http, "dev-partner-kcc");
        for (var i = 0; i < RateLimitedGatewayFactory.PerKey; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await partner.SendAsync(Query)).Status);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        request.Headers.Add("X-Api-Key", "dev-partner-kcc");
        using var refused = await http.SendAsync(request);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        var other = await new GraphQLClient(http, "dev-organiser-voka-east").SendAsync(Query);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(retryAfter, body["errors"]![0]!["extensions"]!["retryAfterSeconds"]!.GetValue<int>());
        Assert.Contains("Kent County Council staff", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_per_address_and_health_probes_never()
    {
        var http = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitedGatewayFactory.PerAddress; i++)
        {
            using var response = await http.GetAsync(new Uri("/api/me", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        for (var i = 0; i < 10; i++)
        {
            using var health = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, RateLimitedGatewayFactory.PerAddress).Append(HttpStatusCode.TooManyRequests), statuses);
    }
}
