using Ise.Testing;

namespace Ise.Bench;

/// <summary>
/// The platform as it is deployed, for the soak: two silo processes and one gateway process in cluster
/// mode on a fresh database of the bench's PostgreSQL server, started by the same helpers as the
/// cluster tests (the silos apply the migrations).
/// </summary>
public sealed class SoakCluster : IAsyncDisposable
{
    private SoakCluster(string database, IReadOnlyList<(string Name, HostProcess Process)> processes, Uri gateway)
    {
        Database = database;
        Processes = processes;
        Gateway = gateway;
    }

    public string Database { get; }

    /// <summary>Each host process with its name (<c>silo-1</c>, <c>silo-2</c>, <c>gateway</c>).</summary>
    public IReadOnlyList<(string Name, HostProcess Process)> Processes { get; }

    public Uri Gateway { get; }

    public static async Task<SoakCluster> StartAsync(string server)
    {
        var database = await BenchDatabase.CreateAsync(server);
        var clusterId = "soak-" + Guid.NewGuid().ToString("N")[..6];
        var first = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        var second = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId), expectedActive: 2);
        var gatewaySettings = ClusterProcesses.GatewaySettings(database, clusterId);
        var gateway = await ClusterProcesses.StartGatewayAsync(gatewaySettings);
        return new SoakCluster(database, [("silo-1", first), ("silo-2", second), ("gateway", gateway)], new Uri(gatewaySettings["Urls"]));
    }

    /// <summary>A client of the gateway's API with the secretariat's key.</summary>
    public HttpClient Client()
    {
        var http = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ClusterProcesses.SecretariatKey);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, process) in Processes.Reverse())
        {
            process.Terminate();
            await process.WaitForExitAsync(TimeSpan.FromSeconds(60));
            await process.DisposeAsync();
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
