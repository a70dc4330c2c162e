using System.Globalization;
using Npgsql;

namespace Ise.Testing;

/// <summary>Settings for host processes in cluster mode, and what the membership table says of them.</summary>
public static class ClusterProcesses
{
    private const int ActiveStatus = 3;

    /// <summary>A fresh database, and a cluster id of its own, for the processes of one test (<paramref name="name"/> names both).</summary>
    public static async Task<(string Database, string ClusterId)> NewClusterAsync(string name) =>
        (await TestPostgres.CreateDatabaseAsync(name), name + "-" + Guid.NewGuid().ToString("N")[..8]);

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

    /// <summary>A secretariat key configured on gateways started by <see cref="GatewaySettings"/>, as operators configure keys: hashed.</summary>
    public const string SecretariatKey = "cluster-test-secretariat-key";

    /// <summary>The key that encrypts the Data Protection key ring on gateways started by <see cref="GatewaySettings"/> (id, 32 bytes in base64).</summary>
    public static readonly (string Id, string Key) KeyRingKey = ("cluster-test-1", Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("cluster-test-key-ring-key-1"u8)));

    public static Dictionary<string, string> GatewaySettings(string connectionString, string clusterId)
    {
        var settings = Settings(connectionString, clusterId);
        settings["Ise:DataProtection:Keys:0:Id"] = KeyRingKey.Id;
        settings["Ise:DataProtection:Keys:0:Key"] = KeyRingKey.Key;
        settings["Ise:ApiKeys:0:Name"] = "Cluster test secretariat";
        settings["Ise:ApiKeys:0:KeyHash"] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SecretariatKey)));
        settings["Ise:ApiKeys:0:Role"] = "Secretariat";

        // The load tests send as fast as they can through one key.
        settings["Ise:RateLimit:PermitsPerMinute"] = "1000000";
        settings["Ise:RateLimit:ApiKeyPointsPerWindow"] = "1000000000000";
        return settings;
    }

    /// <summary>Starts a gateway process and waits until it reports ready.</summary>
    public static async Task<HostProcess> StartGatewayAsync(Dictionary<string, string> settings)
    {
        var gateway = HostProcess.Start("Ise.Gateway", settings);
        using var http = new HttpClient { BaseAddress = new Uri(settings["Urls"]) };
        await Eventually.TrueAsync(async () => gateway.HasExited || await IsReadyAsync(http), TimeSpan.FromSeconds(120), "the gateway reports ready");
        return gateway.HasExited
            ? throw new InvalidOperationException("The gateway exited:\n" + string.Join('\n', gateway.Output))
            : gateway;
    }

    public static async Task<bool> IsReadyAsync(HttpClient http)
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
            TimeSpan.FromSeconds(120),
            "the silo is active");
        return silo.HasExited
            ? throw new InvalidOperationException("The silo exited:\n" + string.Join('\n', silo.Output))
            : silo;
    }
}
