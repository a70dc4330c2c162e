using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ise.Testing;

/// <summary>Sends GraphQL requests over real HTTP, as a partner system would.</summary>
public sealed class GraphQLClient(HttpClient http, string? apiKey = "dev-secretariat")
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(string query, object? variables = null, string accept = GraphQLResponse, object? extensions = null)
    {
        using var response = await PostAsync(query, variables, accept, extensions);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text) ?? throw new InvalidOperationException("empty response"));
    }

    /// <summary>Posts a request and hands back the HTTP response itself (its headers), for the caller to dispose.</summary>
    public async Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = GraphQLResponse, object? extensions = null)
    {
        var body = extensions is null ? JsonSerializer.Serialize(new { query, variables }) : JsonSerializer.Serialize(new { query, variables, extensions });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Runs a request that must succeed and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await SendAsync(query, variables);
        if (status != HttpStatusCode.OK || body["errors"] is not null)
        {
            throw new InvalidOperationException($"{(int)status}: {body.ToJsonString()}");
        }

        return body["data"]!;
    }

    /// <summary>Runs a request that must fail and returns its first error's code, field and message.</summary>
    public async Task<(string? Code, string? Field, string Message)> ErrorAsync(string query, object? variables = null)
    {
        var (_, body) = await SendAsync(query, variables);
        var error = body["errors"]?[0] ?? throw new InvalidOperationException("expected an error: " + body.ToJsonString());
        return (error["extensions"]?["code"]?.GetValue<string>(), error["extensions"]?["field"]?.GetValue<string>(), error["message"]!.GetValue<string>());
    }
}
