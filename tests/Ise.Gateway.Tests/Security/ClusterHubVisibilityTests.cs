using System.Text.Json;
using Ise.Gateway.Hubs;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// The cluster hub (<c>/hubs/clusters</c>) keeps <c>Cluster.feed</c>'s rule, through the real SignalR client: the
/// secretariat is sent every SME of the feed; partner staff are sent the id, name, country and posts of the SMEs
/// their partner leads or served, and of the others only that an SME joined or posted — live, in a fresh
/// snapshot and in the history.
/// </summary>
public sealed class ClusterHubVisibilityTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Sector = "mechatronics";

    private GraphQLClient Api() => new(factory.CreateClient());

    private async Task<LiveClient> FollowAsync(string key)
    {
        var client = await LiveClient.ConnectAsync(factory.CreateClient().BaseAddress!, ClusterHub.Path, key);
        await client.JoinAsync(Sector);
        return client;
    }

    [Fact]
    public async Task Partner_staff_are_sent_only_the_smes_their_partner_leads_or_served()
    {
        await using var secretariat = await FollowAsync("dev-secretariat");
        await using var aditec = await FollowAsync("dev-partner-aditec");
        await using var kcc = await FollowAsync("dev-partner-kcc");
        var aditecs = await ApiScenario.SmeAsync(Api(), "Aditec Usinage SAS", leadPartnerId: "aditec");
        var others = await ApiScenario.SmeAsync(Api(), "Verborgen Robotica BV");
        await ApiScenario.JoinMechatronicsAsync(Api(), aditecs);
        await ApiScenario.JoinMechatronicsAsync(Api(), others);
        var aditecsPost = await ApiScenario.PostToMechatronicsAsync(Api(), aditecs, "Aditec's own post");
        var othersPost = await ApiScenario.PostToMechatronicsAsync(Api(), others, "Another partner's post");

        // The secretariat is sent both members and both posts by name; their numbers are the items to look for.
        var aditecsJoin = (await ItemAsync(secretariat, i => Is(i, "MemberJoined", aditecs))).GetProperty("sequence").GetInt64();
        var othersJoin = (await ItemAsync(secretariat, i => Is(i, "MemberJoined", others))).GetProperty("sequence").GetInt64();
        Assert.Equal("Another partner's post", (await ItemAsync(secretariat, i => Is(i, "Post", others))).GetProperty("text").GetString());
        Assert.Equal("Verborgen Robotica BV", Numbered(secretariat, othersJoin).GetProperty("smeName").GetString());

        // ADITEC's staff are sent their own SME in full and the other only as "an SME".
        await ItemAsync(aditec, i => Numbered(i, othersPost));
        Assert.Equal("Aditec Usinage SAS", Numbered(aditec, aditecsJoin).GetProperty("smeName").GetString());
        Assert.Equal("NL", Numbered(aditec, aditecsJoin).GetProperty("country").GetString());
        Assert.Equal("Aditec's own post", Numbered(aditec, aditecsPost).GetProperty("text").GetString());
        Unnamed(Numbered(aditec, othersJoin), "MemberJoined");
        Unnamed(Numbered(aditec, othersPost), "Post");

        // Kent County Council's staff serve neither.
        await ItemAsync(kcc, i => Numbered(i, othersPost));
        foreach (var number in new[] { aditecsJoin, othersJoin, aditecsPost, othersPost })
        {
            Assert.Null(Numbered(kcc, number).GetProperty("smeId").GetString());
        }

        // Nothing they were sent names the other partner's SME: live, in a fresh snapshot, in the history.
        var snapshot = await aditec.InvokeAsync("Snapshot", Sector);
        var history = await kcc.InvokeAsync("History", Sector, othersPost + 1);
        foreach (var sent in aditec.Messages.Concat(kcc.Messages).Select(m => m.Body.GetRawText()).Append(snapshot.GetRawText()).Append(history.GetRawText()))
        {
            Assert.DoesNotContain(others, sent, StringComparison.Ordinal);
            Assert.DoesNotContain("Verborgen Robotica", sent, StringComparison.Ordinal);
            Assert.DoesNotContain("Another partner's post", sent, StringComparison.Ordinal);
        }

        Assert.Contains(snapshot.GetProperty("feed").EnumerateArray(), i => Is(i, "Post", aditecs));
        Assert.Contains(history.GetProperty("items").EnumerateArray(), i => Numbered(i, othersPost) && i.GetProperty("smeId").ValueKind == JsonValueKind.Null);
    }

    private static void Unnamed(JsonElement item, string kind)
    {
        Assert.Equal(kind, item.GetProperty("kind").GetString());
        foreach (var hidden in new[] { "smeId", "smeName", "country", "text" })
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty(hidden).ValueKind);
        }
    }

    private static bool Is(JsonElement item, string kind, string smeId) =>
        item.GetProperty("kind").GetString() == kind && item.GetProperty("smeId").GetString() == smeId;

    private static bool Numbered(JsonElement item, long sequence) => item.GetProperty("sequence").GetInt64() == sequence;

    /// <summary>The item numbered <paramref name="sequence"/> among those the client was sent live.</summary>
    private static JsonElement Numbered(LiveClient client, long sequence) => Sent(client).First(i => Numbered(i, sequence));

    private static IEnumerable<JsonElement> Sent(LiveClient client) =>
        client.Messages.Where(m => m.Kind == "Changed").SelectMany(m => m.Body.GetProperty("newItems").EnumerateArray());

    private static async Task<JsonElement> ItemAsync(LiveClient client, Func<JsonElement, bool> match)
    {
        await client.WaitForAsync(m => m.Kind == "Changed" && m.Body.GetProperty("newItems").EnumerateArray().Any(match), "the feed item is sent live");
        return Sent(client).First(match);
    }
}
