using Ise.Hosting;
using Ise.Testing;
using Npgsql;

namespace Ise.Cluster.Tests;

/// <summary>The silo and gateway hosts as real processes: clustering on PostgreSQL, and failing fast when it cannot.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task Two_silo_processes_on_loopback_join_one_cluster_and_report_ready()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("join");
        var firstSettings = ClusterProcesses.Settings(database, clusterId);
        var secondSettings = ClusterProcesses.Settings(database, clusterId);

        await using var first = HostProcess.Start("Ise.Silo", firstSettings);
        await using var second = HostProcess.Start("Ise.Silo", secondSettings);

        await Eventually.TrueAsync(
            async () => await ClusterProcesses.CountActiveSilosAsync(database, clusterId) == 2 || first.HasExited || second.HasExited,
            TimeSpan.FromSeconds(90),
            "both silos are listed as active in the membership table");

        Assert.False(first.HasExited, string.Join('\n', first.Output));
        Assert.False(second.HasExited, string.Join('\n', second.Output));
        Assert.Equal(2, await ClusterProcesses.CountActiveSilosAsync(database, clusterId));
        foreach (var settings in new[] { firstSettings, secondSettings })
        {
            using var http = new HttpClient { BaseAddress = new Uri(settings["Urls"]) };
            await Eventually.TrueAsync(() => ClusterProcesses.IsReadyAsync(http), TimeSpan.FromSeconds(60), "the silo reports ready");
            Assert.True((await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode);
        }

        // The container health check: the host binary itself asks the ready endpoint.
        Assert.Equal(0, await ProbeAsync(firstSettings["Urls"] + "/health/ready"));
        Assert.Equal(1, await ProbeAsync($"http://127.0.0.1:{FreePort.Next()}/health/ready"));
    }

    private static async Task<int> ProbeAsync(string url)
    {
        await using var probe = HostProcess.Start("Ise.Silo", new Dictionary<string, string>(), "probe", url);
        Assert.True(await probe.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the probe did not end");
        return probe.ExitCode;
    }

    [Fact]
    public async Task A_gateway_in_cluster_mode_joins_the_silos_as_a_client_and_is_ready()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("gw");
        await using var silo = HostProcess.Start("Ise.Silo", ClusterProcesses.Settings(database, clusterId));
        await Eventually.TrueAsync(
            async () => await ClusterProcesses.CountActiveSilosAsync(database, clusterId) == 1 || silo.HasExited,
            TimeSpan.FromSeconds(120),
            "the silo is active");

        var gatewaySettings = ClusterProcesses.GatewaySettings(database, clusterId);
        var gatewayUrl = gatewaySettings["Urls"];
        await using var gateway = HostProcess.Start("Ise.Gateway", gatewaySettings);
        using var http = new HttpClient { BaseAddress = new Uri(gatewayUrl) };

        await Eventually.TrueAsync(
            async () => gateway.HasExited || await ClusterProcesses.IsReadyAsync(http),
            TimeSpan.FromSeconds(120),
            "the gateway reports ready");

        Assert.False(gateway.HasExited, string.Join('\n', gateway.Output));
    }

    [Theory]
    [InlineData("Ise.Silo", "closed port", "is unreachable")]
    [InlineData("Ise.Silo", "malformed", "is malformed")]
    [InlineData("Ise.Silo", "empty", "is empty")]
    [InlineData("Ise.Gateway", "closed port", "is unreachable")]
    public async Task A_wrong_or_unreachable_connection_string_fails_fast_with_one_clear_log_line(string project, string problem, string explanation)
    {
        var connectionString = problem switch
        {
            "closed port" => $"Host=127.0.0.1;Port={FreePort.Next()};Username=postgres;Database=ise",
            "malformed" => "Host=127.0.0.1;Port=notanumber",
            _ => "",
        };

        var settings = project == "Ise.Gateway"
            ? ClusterProcesses.GatewaySettings(connectionString, "unreachable")
            : ClusterProcesses.Settings(connectionString, "unreachable");
        await using var host = HostProcess.Start(project, settings);

        // A guard against a host that never stops, not a speed limit: on a loaded machine the runtime alone can take tens of seconds to start.
        Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(120)), "the host kept running:\n" + string.Join('\n', host.Output));
        Assert.Equal(IseApplicationRunner.DatabaseUnreachableExitCode, host.ExitCode);
        var reported = Assert.Single(host.Output, line => line.Contains("Cannot start:", StringComparison.Ordinal));
        Assert.Contains(explanation, reported, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Output, line => line.Contains("Exception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gateway_in_cluster_mode_without_a_key_ring_key_does_not_start_and_names_the_setting()
    {
        var settings = ClusterProcesses.GatewaySettings($"Host=127.0.0.1;Port={FreePort.Next()};Username=postgres;Database=ise", "no-key");
        settings.Remove("Ise:DataProtection:Keys:0:Id");
        settings.Remove("Ise:DataProtection:Keys:0:Key");

        await using var gateway = HostProcess.Start("Ise.Gateway", settings);

        Assert.True(await gateway.WaitForExitAsync(TimeSpan.FromSeconds(120)), "the gateway kept running:\n" + string.Join('\n', gateway.Output));
        Assert.NotEqual(0, gateway.ExitCode);
        Assert.Contains(gateway.Output, line => line.Contains("Ise:DataProtection:Keys is empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrate_command_applies_the_schema_once_and_is_harmless_when_repeated()
    {
        var database = await TestPostgres.CreateDatabaseAsync("migrate");

        for (var run = 0; run < 2; run++)
        {
            await using var migrate = HostProcess.Start("Ise.Silo", ClusterProcesses.Settings(database, "migrate"), "migrate");
            Assert.True(await migrate.WaitForExitAsync(TimeSpan.FromSeconds(120)));
            Assert.True(migrate.ExitCode == 0, string.Join('\n', migrate.Output));
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM ise_schema_migrations", connection);
        Assert.Equal((long)Ise.Hosting.Migrations.DatabaseMigrator.Available.Count, (long)(await command.ExecuteScalarAsync())!);
    }
}
