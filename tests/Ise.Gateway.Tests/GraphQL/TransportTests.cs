using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.GraphQL;

/// <summary>GraphQL over HTTP, to the letter: methods, media types, status codes and the error shape.</summary>
public sealed class TransportTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Me = "{ me { role } }";

    [Fact]
    public async Task A_post_answers_in_the_media_type_the_client_accepts()
    {
        using var http = factory.CreateClient();

        foreach (var (accept, expected) in new[]
        {
            ("application/graphql-response+json", "application/graphql-response+json"),
            ("application/json", "application/json"),
            ("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json"),
            ("*/*", "application/json"),
        })
        {
            using var response = await PostAsync(http, $$"""{"query":"{{Me}}"}""", accept);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task A_get_runs_queries_with_variables_and_operation_name()
    {
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", "dev-partner-aditec");
        var query = Uri.EscapeDataString("query A { me { role } } query B($id: ID!) { partner: event(id: $id) { id } }");

        using var response = await http.GetAsync(new Uri($"/graphql?query={query}&operationName=A", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PARTNER_STAFF", body["data"]!["me"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405()
    {
        using var http = factory.CreateClient();
        var query = Uri.EscapeDataString("mutation { publishEvent(id: \"ev-x\") { id } }");

        using var response = await http.GetAsync(new Uri($"/graphql?query={query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unsupported_methods_media_types_and_accept_headers_are_refused_with_their_status()
    {
        using var http = factory.CreateClient();

        using var put = await http.PutAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
        using var text = await http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(Me, Encoding.UTF8, "text/plain"));
        using var csv = await PostAsync(http, $$"""{"query":"{{Me}}"}""", "text/csv");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, csv.StatusCode);
        Assert.Contains("Accept", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("""{"query": ""}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"variables": {}}""", HttpStatusCode.BadRequest)]
    [InlineData("""[1, 2]""", HttpStatusCode.BadRequest)]
    public async Task A_body_that_is_not_a_graphql_request_is_a_400_with_a_clear_error(string body, HttpStatusCode expected)
    {
        using var http = factory.CreateClient();

        using var response = await PostAsync(http, body, "application/json");
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("VALIDATION", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_that_does_not_parse_or_validate_is_400_for_graphql_response_json_and_200_for_json()
    {
        using var http = factory.CreateClient();

        using var syntax = await PostAsync(http, """{"query":"{ me { role "}""", "application/graphql-response+json");
        using var invalid = await PostAsync(http, """{"query":"{ me { nothingHere } }"}""", "application/graphql-response+json");
        using var legacy = await PostAsync(http, """{"query":"{ me { nothingHere } }"}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, syntax.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        var body = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!;
        Assert.Null(body["data"]);
        Assert.Equal("VALIDATION", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        using var http = factory.CreateClient();
        var huge = new string('x', 300 * 1024);

        using var response = await PostAsync(http, $$$"""{"query":"{ me { role } }","variables":{"pad":"{{{huge}}}"}}""", "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_gets_the_explorer_served_by_the_gateway()
    {
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await http.GetAsync(new Uri("/graphql", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("altair", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"([^\"]+\\.js)\"").Groups[1].Value;
        using var asset = await http.GetAsync(new Uri("/explorer/" + script.Split('/')[^1], UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string json, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept.Split(',')[0]));
        foreach (var more in accept.Split(',').Skip(1))
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(more.Trim()));
        }

        request.Headers.Add("X-Api-Key", "dev-secretariat");
        return http.SendAsync(request);
    }
}
