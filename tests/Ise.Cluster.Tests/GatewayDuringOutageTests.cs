using System.Net;
using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Cluster mode as deployed, a silo process and a gateway process, both reaching PostgreSQL through a relay the test
/// cuts (issue 22). While the database is away, a registration through the API is refused with <c>UNAVAILABLE</c>
/// (never acknowledged), the gateway's <c>/health/ready</c> answers 503 naming PostgreSQL (and not calling the cluster
/// unreachable: it answers), and an SME the silo holds
/// active still reads. Once the relay lets connections through again, the gateway and the silo go on by themselves: the
/// partner's retry is taken and stored once, and readiness is 200 again.
/// </summary>
public sealed class GatewayDuringOutageTests
{
    private const string Register = "mutation($input: RegisterSmeInput!) { registerSme(input: $input) { sme { id name } } }";
    private const string Read = "query($id: ID!) { sme(id: $id) { id name } }";
    private static readonly TimeSpan s_outage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan s_recovery = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_cluster_mode_gateway_refuses_writes_retryably_during_an_outage_and_goes_on_by_itself()
    {
        var database = await TestPostgres.CreateDatabaseAsync("gwoutage");
        await using var proxy = PostgresProxy.Start(database);
        var clusterId = "gwoutage-" + Guid.NewGuid().ToString("N")[..8];
        await using var silo = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(proxy.ConnectionString, clusterId));
        var settings = ClusterProcesses.GatewaySettings(proxy.ConnectionString, clusterId);
        await using var gateway = await ClusterProcesses.StartGatewayAsync(settings);
        using var http = new HttpClient { BaseAddress = new Uri(settings["Urls"]) };
        var api = new GraphQLClient(http, ClusterProcesses.SecretariatKey);
        var (activeKvk, duringKvk) = (TestCompanyIds.Kvk(), TestCompanyIds.Kvk());
        var active = (await api.DataAsync(Register, Input(activeKvk)))["registerSme"]!["sme"]!["id"]!.GetValue<string>();

        proxy.Cut();
        var outage = Task.Delay(s_outage);
        var (refusedStatus, refused) = await api.SendAsync(Register, Input(duringKvk));
        var readinessDuring = await ReadinessAsync(http);
        var (readStatus, read) = await api.SendAsync(Read, new { id = active });
        await outage;
        proxy.Restore();

        Assert.True(refused["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "UNAVAILABLE", $"refused retryably ({refusedStatus}): {refused.ToJsonString()}");
        Assert.True(refused["data"] is null || refused["data"]!["registerSme"] is null, $"nothing was acknowledged during the outage ({refusedStatus}): {refused.ToJsonString()}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readinessDuring.Status);
        Assert.Equal("Unhealthy", readinessDuring.Body["checks"]!["postgres"]!["status"]!.GetValue<string>());
        Assert.Equal("The Orleans cluster answers but cannot read its membership from storage", readinessDuring.Body["checks"]!["orleans"]!["description"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.OK, active), (readStatus, read["data"]!["sme"]!["id"]!.GetValue<string>()));

        // Back by itself: the partner's retry is taken, the SME stored once, readiness healthy again.
        JsonNode? taken = null;
        await Eventually.TrueAsync(async () =>
        {
            var (_, body) = await api.SendAsync(Register, Input(duringKvk));
            taken = body["errors"] is null ? body["data"]!["registerSme"]!["sme"] : null;
            return taken is not null;
        }, s_recovery, "the registration refused during the outage is taken once the database is back");
        await Eventually.TrueAsync(async () => (await ReadinessAsync(http)).Status == HttpStatusCode.OK, s_recovery, "the gateway is ready again");
        var stored = await api.DataAsync(Read, new { id = taken!["id"]!.GetValue<string>() });
        Assert.Equal("Outage firm " + duringKvk, stored["sme"]!["name"]!.GetValue<string>());
    }

    private static object Input(string kvk) => new
    {
        input = new
        {
            country = "NL", companyId = kvk, name = "Outage firm " + kvk, region = "SOUTH_WEST_NETHERLANDS", sector = "MECHATRONICS", staffCount = 12,
            turnover = new { amount = 1_500_000, currency = "EUR" }, balanceSheetTotal = new { amount = 900_000, currency = "EUR" },
            leadPartnerId = "innovatiehuis", contacts = Array.Empty<object>(),
        },
    };

    private static async Task<(HttpStatusCode Status, JsonNode Body)> ReadinessAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
