using Ise.Gateway.Hubs;
using Ise.Programme;
using Ise.Smes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.Live;

/// <summary>The cluster hub over real WebSockets: the board, new members and posts live, history paging, access.</summary>
public sealed class ClusterHubTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private GraphQLClient Api() => new(factory.CreateClient());

    private Task<LiveClient> ConnectAsync(string key) => LiveClient.ConnectAsync(factory.CreateClient().BaseAddress!, ClusterHub.Path, key);

    [Fact]
    public async Task A_follower_gets_the_board_then_new_members_and_posts_and_pages_back_through_history()
    {
        await using var client = await ConnectAsync("dev-partner-aditec");
        var board = await client.JoinAsync("mechatronics");
        var members = board.GetProperty("figures").GetProperty("members").GetInt32();
        var sme = await ApiScenario.SmeAsync(Api(), "Vlissingen Robotica BV", leadPartnerId: "aditec");

        await ApiScenario.JoinMechatronicsAsync(Api(), sme);
        var joined = await client.WaitForAsync(m => m.Kind == "Changed" && Items(m).Any(i => i.Kind == "MemberJoined" && i.SmeId == sme), "the new member arrives");
        var numbers = new List<long>();
        for (var i = 0; i < 25; i++)
        {
            numbers.Add(await ApiScenario.PostToMechatronicsAsync(Api(), sme, $"<img src=x onerror=alert(1)> post {i}"));
        }

        await client.WaitForAsync(m => m.Kind == "Changed" && Items(m).Any(i => i.Sequence == numbers[^1]), "the last post arrives");
        var live = client.Messages.SelectMany(Items).Where(i => i.Kind == "Post" && i.SmeId == sme).ToList();
        var history = await client.InvokeAsync("History", "mechatronics", numbers[^1] + 1);
        var older = await client.InvokeAsync("History", "mechatronics", history.GetProperty("items")[19].GetProperty("sequence").GetInt64());

        Assert.Equal("Mechatronics", board.GetProperty("name").GetString());
        Assert.Equal(members + 1, joined.Figure("members"));
        Assert.Equal("Vlissingen Robotica BV", Items(joined).Single(i => i.SmeId == sme).SmeName);
        Assert.Equal(numbers, live.Select(i => i.Sequence).Order());
        Assert.Equal("<img src=x onerror=alert(1)> post 0", live.First().Text);
        Assert.Equal(numbers.AsEnumerable().Reverse().Take(20), history.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sequence").GetInt64()));
        Assert.True(history.GetProperty("hasOlder").GetBoolean());
        Assert.Equal(numbers[4], older.GetProperty("items")[0].GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task A_member_follows_only_its_own_clusters_and_door_staff_none()
    {
        var journey = await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ISmeGrain>("BE-0403170701").GetJourneyAsync();
        var own = ClusterMemberships.Current(journey);
        var other = ProgrammeCatalog.Sectors.Select(s => s.Slug).First(s => !own.Contains(s));
        await using var member = await ConnectAsync("dev-member-gentse-sensoren");

        var refused = await Assert.ThrowsAsync<HubException>(() => member.JoinAsync(other));
        var unknown = await Assert.ThrowsAsync<HubException>(() => member.JoinAsync("basket-weaving"));
        var badPage = await Assert.ThrowsAsync<HubException>(() => member.InvokeAsync("History", other, 0L));
        var door = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync("dev-door-workshop"));

        Assert.Contains($"HubException: FORBIDDEN: SME BE-0403170701 is not a member of the {other} cluster.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("HubException: NOT_FOUND:", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("HubException: FORBIDDEN:", badPage.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, door.StatusCode);
        if (own.FirstOrDefault() is { } mine)
        {
            Assert.Equal(mine, (await member.JoinAsync(mine)).GetProperty("sector").GetString());
        }
    }

    private static List<ClusterFeedEntry> Items(LiveMessage message) =>
        message.Body.TryGetProperty("newItems", out var items)
            ? System.Text.Json.JsonSerializer.Deserialize<List<ClusterFeedEntry>>(items, System.Text.Json.JsonSerializerOptions.Web)!
            : [];
}
