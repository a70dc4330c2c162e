using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Gateway.Tests.TrustedDocuments;

/// <summary>Sends GraphQL requests that name a document by hash, over real HTTP, as a given API key (none: anonymous).</summary>
public sealed class TrustedDocumentRequests(HttpClient http, string? apiKey)
{
    /// <summary>A document no other test sends: its hash is known to no gateway until a test registers it.</summary>
    public static string NewDocument(string selection = "__typename") => $"{{ t{Guid.NewGuid():N}: {selection} }}";

    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public static string DocumentId(string document) => "sha256:" + Hash(document);

    public static object PersistedQuery(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    /// <summary>Posts a body of these members (query, documentId, variables, extensions, as the test chooses).</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        return await SendAsync(request);
    }

    /// <summary>Sends a GET with these query-string parameters.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string queryString)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql?" + queryString, UriKind.Relative));
        return await SendAsync(request);
    }

    /// <summary>Registers a document as the secretariat; returns the registration.</summary>
    public static async Task<JsonNode> RegisterAsync(HttpClient http, string document, string name = "Test document")
    {
        var secretariat = new GraphQLClient(http);
        var data = await secretariat.DataAsync(
            "mutation($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { id name description document registeredAt registeredBy } }",
            new { input = new { name, description = "Registered by a test", document } });
        return data["registerTrustedDocument"]!;
    }

    public static string? Code(JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public static string Message(JsonNode body) => body["errors"]![0]!["message"]!.GetValue<string>();

    private async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpRequestMessage request)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponse));
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
