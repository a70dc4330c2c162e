using System.Net;
using System.Net.Http.Headers;
using System.Text;
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
                var problem = await RateLimitedProblemAsync(response);
                Assert.Contains("Kent County Council staff", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            }
        }

        var expected = Enumerable.Repeat(new[] { HttpStatusCode.OK, HttpStatusCode.OK }, RateLimitedGatewayFactory.PerKey).SelectMany(s => s)
            .Append(HttpStatusCode.OK).Append(HttpStatusCode.TooManyRequests);
        Assert.Equal(expected, statuses);
    }

    [Fact]
    public async Task An_import_over_the_request_limit_is_refused_as_a_problem_with_RATE_LIMITED_like_every_other_import_refusal()
    {
        var http = factory.CreateClient();
        for (var i = 0; i < RateLimitedGatewayFactory.PerKey; i++)
        {
            using var unknown = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/imports/imp-{Guid.NewGuid():N}", UriKind.Relative));
            unknown.Headers.Add("X-Api-Key", "dev-organiser-voka-east");
            using var notFound = await http.SendAsync(unknown);
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        }

        using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/imports/smes", UriKind.Relative));
        upload.Headers.Add("X-Api-Key", "dev-organiser-voka-east");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("country,company_id,name\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        upload.Content = new MultipartFormDataContent { { file, "file", "list.csv" } };
        using var refused = await http.SendAsync(upload);

        var problem = await RateLimitedProblemAsync(refused);
        Assert.Contains("VOKA East Flanders", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(problem["retryAfterSeconds"]!.GetValue<int>() > 0);
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

    /// <summary>The refusal of a request over the limit: 429, <c>Retry-After</c>, and the problem shape of every refusal outside GraphQL.</summary>
    private static async Task<JsonNode> RateLimitedProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode}: {text}");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to retry");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal("RATE_LIMITED", problem["code"]?.GetValue<string>());
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        return problem;
    }
}
