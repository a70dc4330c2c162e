using System.Net;
using Ise.Gateway.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// The hostile hub corpus through the real SignalR client: every call is refused by the hub with a code
/// of the API (or by SignalR itself when the arguments cannot be bound), never with an unexpected error;
/// a refusal does not echo a payload in full; the connection stays usable; nothing is written. Hostile
/// credentials are refused when connecting.
/// </summary>
public sealed class HostileHubTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const int MaxRefusalLength = 500;

    private static readonly string[] s_refusalCodes = ["HubException: VALIDATION: ", "HubException: NOT_FOUND: ", "HubException: FORBIDDEN: "];

    [Fact]
    public async Task Hostile_hub_calls_are_refused_clearly_keep_the_connection_and_change_nothing()
    {
        var corpus = HostileHubCorpus.All();
        Assert.True(corpus.Count >= 250, $"the corpus has {corpus.Count} calls");
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var before = await StateSnapshot.SettledAsync(grains);
        var gateway = factory.CreateClient().BaseAddress!;

        var problems = new List<string>();
        foreach (var group in corpus.GroupBy(c => (c.ApiKey, c.HubPath)))
        {
            await using var client = await LiveClient.ConnectAsync(gateway, group.Key.HubPath, group.Key.ApiKey);
            foreach (var call in group)
            {
                if (await ProblemAsync(client, call) is { } problem)
                {
                    problems.Add($"{call.Name}: {problem}");
                }
            }

            try
            {
                await client.LeaveAsync(group.Key.HubPath == EventHub.Path ? "ev-demo-workshop" : "mechatronics");
            }
            catch (HubException refusal)
            {
                problems.Add($"{group.Key.HubPath} as {group.Key.ApiKey}: the connection no longer answers after the corpus: {Shorten(refusal.Message)}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {corpus.Count} hostile hub calls were not refused clearly:\n" + string.Join("\n", problems.Take(40)));
        Assert.Equal(before, await StateSnapshot.SettledAsync(grains));
    }

    [Fact]
    public async Task A_hub_message_over_the_size_limit_ends_that_connection_only()
    {
        var gateway = factory.CreateClient().BaseAddress!;
        await using var hostile = await LiveClient.ConnectAsync(gateway, EventHub.Path, "dev-secretariat");
        await using var other = await LiveClient.ConnectAsync(gateway, EventHub.Path, "dev-secretariat");

        var ended = await Assert.ThrowsAsync<HubException>(() => hostile.InvokeAsync("Join", new string('x', HostileHubCorpus.MaxMessageBytes * 2)));
        await using var again = await LiveClient.ConnectAsync(gateway, EventHub.Path, "dev-secretariat");

        Assert.StartsWith("The server closed the connection", ended.Message, StringComparison.Ordinal);
        Assert.Equal("ev-demo-workshop", (await other.InvokeAsync("Snapshot", "ev-demo-workshop")).GetProperty("eventId").GetString());
        Assert.Equal("ev-demo-workshop", (await again.InvokeAsync("Snapshot", "ev-demo-workshop")).GetProperty("eventId").GetString());
    }

    [Theory]
    [InlineData("' OR '1'='1")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("ise_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_hub_connection_with_hostile_credentials_is_refused_with_401(string key)
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => LiveClient.ConnectAsync(factory.CreateClient().BaseAddress!, EventHub.Path, key));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    /// <summary>Null when the call was refused clearly (or, for Leave, done); else what is wrong.</summary>
    private static async Task<string?> ProblemAsync(LiveClient client, HostileHubCall call)
    {
        try
        {
            await client.InvokeAsync(call.Method, call.Arguments!);
            return call.MaySucceed ? null : "was not refused";
        }
        catch (HubException refusal)
        {
            var message = refusal.Message;
            var clear = s_refusalCodes.Any(c => message.Contains(c, StringComparison.Ordinal))
                || message.StartsWith($"Failed to invoke '{call.Method}'", StringComparison.Ordinal)
                || message.StartsWith($"Unknown hub method '{call.Method}'", StringComparison.Ordinal);
            return !clear ? $"unclear refusal: {Shorten(message)}"
                : message.Length > MaxRefusalLength ? $"a refusal of {message.Length:N0} characters echoes the payload: {Shorten(message)}"
                : null;
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
