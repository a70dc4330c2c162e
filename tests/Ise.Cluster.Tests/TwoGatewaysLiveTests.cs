using System.Security.Cryptography;
using System.Text;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Cluster mode with one silo and two gateway processes on PostgreSQL: the Orleans cluster is the
/// backplane, so a check-in made through one gateway reaches a dashboard connected to the other.
/// </summary>
public sealed class TwoGatewaysLiveTests
{
    private const string Key = "two-gateways-secretariat-key";

    [Fact]
    public async Task A_check_in_through_one_gateway_reaches_a_dashboard_connected_to_the_other()
    {
        var database = await TestPostgres.CreateDatabaseAsync("live");
        var clusterId = "live-" + Guid.NewGuid().ToString("N")[..8];
        await using var silo = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        var first = GatewaySettings(database, clusterId);
        var second = GatewaySettings(database, clusterId);
        await using var gatewayA = HostProcess.Start("Ise.Gateway", first);
        await using var gatewayB = HostProcess.Start("Ise.Gateway", second);
        using var httpA = new HttpClient { BaseAddress = new Uri(first["Urls"]) };
        using var httpB = new HttpClient { BaseAddress = new Uri(second["Urls"]) };
        foreach (var (http, process) in new[] { (httpA, gatewayA), (httpB, gatewayB) })
        {
            await Eventually.TrueAsync(async () => process.HasExited || await ReadyAsync(http), TimeSpan.FromSeconds(90), "the gateway reports ready");
            Assert.False(process.HasExited, string.Join('\n', process.Output));
        }

        var apiA = new GraphQLClient(httpA, Key);
        var eventId = await ApiScenario.LiveEventAsync(apiA, capacity: 10);
        var code = await ApiScenario.RegisterAsync(apiA, eventId, await ApiScenario.SmeAsync(apiA, "Terneuzen Techniek BV"));
        var member = await ApiScenario.SmeAsync(apiA, "Goes Gieterij BV");
        await ApiScenario.JoinMechatronicsAsync(apiA, member);
        await using var dashboardB = await LiveClient.ConnectAsync(httpB.BaseAddress!, "/hubs/events", Key);
        await using var clusterB = await LiveClient.ConnectAsync(httpB.BaseAddress!, "/hubs/clusters", Key);
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

    private static Dictionary<string, string> GatewaySettings(string database, string clusterId)
    {
        var settings = ClusterProcesses.Settings(database, clusterId);
        settings["Ise:ApiKeys:0:Name"] = "Two-gateway test secretariat";
        settings["Ise:ApiKeys:0:KeyHash"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
        settings["Ise:ApiKeys:0:Role"] = "Secretariat";
        return settings;
    }

    private static async Task<bool> ReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
