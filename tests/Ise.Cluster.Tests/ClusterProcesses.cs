using System.Globalization;
using Ise.Testing;
using Npgsql;

namespace Ise.Cluster.Tests;

/// <summary>Settings for host processes in cluster mode, and what the membership table says of them.</summary>
public static class ClusterProcesses
{
    private const int ActiveStatus = 3;

    public static Dictionary<string, string> Settings(string connectionString, string clusterId, int? siloPort = null, int? gatewayPort = null) => new()
    {
        ["Ise:Mode"] = "Cluster",
        ["Ise:Postgres:ConnectionString"] = connectionString,
        ["Ise:Postgres:ConnectTimeoutSeconds"] = "3",
        ["Ise:Orleans:ClusterId"] = clusterId,
        ["Ise:Orleans:SiloPort"] = (siloPort ?? FreePort.Next()).ToString(CultureInfo.InvariantCulture),
        ["Ise:Orleans:GatewayPort"] = (gatewayPort ?? FreePort.Next()).ToString(CultureInfo.InvariantCulture),
        ["Urls"] = $"http://127.0.0.1:{FreePort.Next()}",
    };

    public static async Task<long> CountActiveSilosAsync(string connectionString, string clusterId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('orleansmembershiptable') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @cluster AND status = @active", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        command.Parameters.AddWithValue("active", ActiveStatus);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Starts a silo process and waits until the membership table lists as many active silos as expected.</summary>
    public static async Task<HostProcess> StartSiloAsync(Dictionary<string, string> settings, int expectedActive = 1)
    {
        var silo = HostProcess.Start("Ise.Silo", settings);
        var connectionString = settings["Ise:Postgres:ConnectionString"];
        var clusterId = settings["Ise:Orleans:ClusterId"];
        await Eventually.TrueAsync(
            async () => silo.HasExited || await CountActiveSilosAsync(connectionString, clusterId) >= expectedActive,
            TimeSpan.FromSeconds(90),
            "the silo is active");
        return silo.HasExited
            ? throw new InvalidOperationException("The silo exited:\n" + string.Join('\n', silo.Output))
            : silo;
    }
}
