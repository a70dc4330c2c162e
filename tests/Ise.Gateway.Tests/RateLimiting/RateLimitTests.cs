using System.Net;
using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.RateLimiting;

public sealed class RateLimitTests(RateLimitedGatewayFactory factory) : IClassFixture<RateLimitedGatewayFactory>
{
    [Fact]
    public async Task A_key_over_its_request_limit_elsewhere_gets_a_clear_429_while_its_graphql_requests_only_spend_points()
    {
        factory.StartNextWindow();
        var http = factory.CreateClient();
        var graphQL = new GraphQLClient(http, "dev-partner-kcc");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitedGatewayFactory.PerKey; i++)
        {
            statuses.Add((await graphQL.SendAsync("{ me { role } }")).Status);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/me", UriKind.Relative));
            request.Headers.Add("X-Api-Key", "dev-partner-kcc");
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                Assert.True(response.Headers.Contains("Retry-After"));
                Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
                Assert.Contains("Kent County Council staff", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            }
        }

        var expected = Enumerable.Repeat(new[] { HttpStatusCode.OK, HttpStatusCode.OK }, RateLimitedGatewayFactory.PerKey).SelectMany(s => s)
            .Append(HttpStatusCode.OK).Append(HttpStatusCode.TooManyRequests);
        Assert.Equal(expected, statuses);
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
