using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Cluster mode with one silo and two gateway processes on PostgreSQL: the Orleans cluster is the
/// backplane, so a check-in made through one gateway reaches a dashboard connected to the other.
/// </summary>
public sealed class TwoGatewaysLiveTests
{
    [Fact]
    public async Task A_check_in_through_one_gateway_reaches_a_dashboard_connected_to_the_other()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("live");
        await using var silo = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        var first = ClusterProcesses.GatewaySettings(database, clusterId);
        var second = ClusterProcesses.GatewaySettings(database, clusterId);
        await using var gatewayA = await ClusterProcesses.StartGatewayAsync(first);
        await using var gatewayB = await ClusterProcesses.StartGatewayAsync(second);
        using var httpA = new HttpClient { BaseAddress = new Uri(first["Urls"]) };
        using var httpB = new HttpClient { BaseAddress = new Uri(second["Urls"]) };

        var apiA = new GraphQLClient(httpA, ClusterProcesses.SecretariatKey);
        var eventId = await ApiScenario.LiveEventAsync(apiA, capacity: 10);
        var code = await ApiScenario.RegisterAsync(apiA, eventId, await ApiScenario.SmeAsync(apiA, "Terneuzen Techniek BV"));
        var member = await ApiScenario.SmeAsync(apiA, "Goes Gieterij BV");
        await ApiScenario.JoinMechatronicsAsync(apiA, member);
        await using var dashboardB = await LiveClient.ConnectAsync(httpB.BaseAddress!, "/hubs/events", ClusterProcesses.SecretariatKey);
        await using var clusterB = await LiveClient.ConnectAsync(httpB.BaseAddress!, "/hubs/clusters", ClusterProcesses.SecretariatKey);
        var board = await dashboardB.JoinAsync(eventId);
        await clusterB.JoinAsync("mechatronics");

        await apiA.DataAsync(ApiScenario.CheckIn, new { code });
        await ApiScenario.PostToMechatronicsAsync(apiA, member, "Posted through gateway A");

        var arrived = await dashboardB.WaitForAsync(m => m.Kind == "Changed" && m.Figure("checkedIn") == 1, "gateway B's dashboard sees the check-in made through gateway A", TimeSpan.FromSeconds(30));
        var posted = await clusterB.WaitForAsync(
            m => m.Kind == "Changed" && m.Body.GetProperty("newItems").EnumerateArray().Any(i => i.GetProperty("text").GetString() == "Posted through gateway A"),
            "gateway B's cluster page sees the post made through gateway A", TimeSpan.FromSeconds(30));
        Assert.Equal(0, board.GetProperty("figures").GetProperty("checkedIn").GetInt32());
        Assert.Equal("Terneuzen Techniek BV", arrived.Body.GetProperty("changes")[0].GetProperty("name").GetString());
        Assert.Equal("Changed", posted.Kind);
    }
}
