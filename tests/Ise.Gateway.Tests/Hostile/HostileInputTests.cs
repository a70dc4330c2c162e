using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// The hostile corpus against the real gateway over HTTP: no 5xx, every refusal a clear error with a
/// code of the API (never INTERNAL, never a stack trace), and nothing written.
/// </summary>
public sealed class HostileInputTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private static readonly HashSet<string> s_refusalCodes = ["VALIDATION", "NOT_FOUND", "FORBIDDEN", "CONFLICT"];

    [Fact]
    public async Task Five_hundred_hostile_requests_are_all_refused_clearly_and_change_nothing()
    {
        var corpus = HostileCorpus.All();
        Assert.True(corpus.Count >= 500, $"the corpus has {corpus.Count} requests");
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var http = factory.CreateClient();
        var before = await StateSnapshot.SettledAsync(grains);

        var problems = new List<string>();
        foreach (var hostile in corpus)
        {
            using var message = hostile.ToMessage();
            using var response = await http.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            if (Problem(hostile, response.StatusCode, text) is { } problem)
            {
                problems.Add($"{hostile.Name}: {problem}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {corpus.Count} hostile requests were not refused clearly:\n" + string.Join("\n", problems.Take(40)));
        Assert.Equal(before, await StateSnapshot.SettledAsync(grains));
        using var health = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task The_explorer_page_never_reflects_a_hostile_query_as_markup()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("</script><script>alert(1)</script>"));
        request.Headers.Add("Accept", "text/html");

        using var response = await factory.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Null when the response is a clear refusal; else what is wrong with it.</summary>
    private static string? Problem(HostileRequest hostile, HttpStatusCode status, string text)
    {
        if ((int)status >= 500)
        {
            return $"status {(int)status}";
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return $"status {(int)status} with a body that is not JSON: {Shorten(text)}";
        }

        if (body?["errors"] is not JsonArray { Count: > 0 } errors)
        {
            return $"status {(int)status} was not refused: {Shorten(text)}";
        }

        foreach (var error in errors)
        {
            var code = error?["extensions"]?["code"]?.GetValue<string>();
            var message = error?["message"]?.GetValue<string>() ?? "";
            if (code is null || !s_refusalCodes.Contains(code))
            {
                return $"error code {code ?? "(none)"}: {Shorten(message)}";
            }

            if (string.IsNullOrWhiteSpace(message) || message.Contains("   at ", StringComparison.Ordinal) || message.Contains("Exception", StringComparison.Ordinal))
            {
                return $"unclear message: {Shorten(message)}";
            }
        }

        return hostile.ApiKey is null && status == HttpStatusCode.OK && body["data"] is JsonObject { Count: > 0 } data && data.Any(d => d.Value is not null)
            ? "data returned without credentials"
            : null;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
