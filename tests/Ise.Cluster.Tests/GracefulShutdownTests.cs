using System.Collections.Concurrent;
using System.Globalization;
using Ise.Testing;
using Xunit.Abstractions;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Ise.Cluster.Tests;

/// <summary>
/// SIGTERM to a silo (what an orchestrator sends before it stops a container): the silo delivers
/// its grains' outboxes, persists them emptied, deactivates everything and exits cleanly, and the
/// other silo carries on with nothing lost.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sigterm_drains_the_outboxes_deactivates_the_grains_and_loses_nothing()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("drain");
        await using var leaving = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        await using var cluster = await TestClusterClient.StartAsync(database, clusterId);
        var grains = cluster.Client;

        // Every activation lives on the silo that will leave: it is the only one while the work is done.
        var plan = await CheckInPlan.PrepareAsync(grains, events: 2, attendeesPerEvent: 80, cancelledPerEvent: 4);
        var acknowledged = new ConcurrentDictionary<string, bool>();
        await Parallel.ForEachAsync(plan.AllCodes.Except(plan.Cancelled), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (code, _) =>
        {
            await CheckInPlan.Bucket(grains, code).CheckInAsync(code);
            acknowledged[code] = true;
        });
        var storedPendingBefore = await StoredGrainState.CountRowsWithPendingEffectsAsync(database);

        await using var staying = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId), expectedActive: 2);
        var clock = Stopwatch.StartNew();
        leaving.Terminate();
        Assert.True(await leaving.WaitForExitAsync(TimeSpan.FromSeconds(90)), "the silo did not stop within 90 s");
        var stopSeconds = clock.Elapsed.TotalSeconds;

        Assert.True(leaving.ExitCode == 0, string.Join('\n', leaving.Output));
        Assert.DoesNotContain(HostLogLines.FromShutdown(leaving.Output), HostLogLines.IsWarningOrWorse);
        var storedPendingAfter = await StoredGrainState.CountRowsWithPendingEffectsAsync(database);
        Assert.Empty(storedPendingAfter);
        var found = await plan.AssertEachAcknowledgedCountedOnceAsync(grains, acknowledged.Keys.ToHashSet(), TimeSpan.FromSeconds(60));
        Assert.Equal(acknowledged.Count, found);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"acknowledged {acknowledged.Count}, found {found}, lost {acknowledged.Count - found}; rows with undelivered or unconfirmed effects " +
            $"before SIGTERM {storedPendingBefore.Values.Sum()} ({string.Join(", ", storedPendingBefore.Select(p => $"{p.Key} {p.Value}"))}), " +
            $"after 0; silo stopped in {stopSeconds:0.0}s"));
    }

    [Fact]
    public async Task Sigterm_on_a_gateway_with_a_dashboard_connected_stops_it_with_no_warning_or_error_line()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("gwstop");
        await using var silo = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        var settings = ClusterProcesses.GatewaySettings(database, clusterId);
        await using var gateway = await ClusterProcesses.StartGatewayAsync(settings);
        using var http = new HttpClient { BaseAddress = new Uri(settings["Urls"]) };
        var api = new GraphQLClient(http, ClusterProcesses.SecretariatKey);
        var eventId = await ApiScenario.LiveEventAsync(api, capacity: 10);
        var code = await ApiScenario.RegisterAsync(api, eventId, await ApiScenario.SmeAsync(api));
        await using var dashboard = await LiveClient.ConnectAsync(new Uri(settings["Urls"]), "/hubs/events", ClusterProcesses.SecretariatKey);
        await dashboard.JoinAsync(eventId);
        await api.DataAsync(ApiScenario.CheckIn, new { code });
        await dashboard.WaitForAsync(m => m.Figure("checkedIn") == 1, "the dashboard shows the check-in");

        // The dashboard stays connected, as an organiser's open page would.
        gateway.Terminate();

        Assert.True(await gateway.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the gateway did not stop within 60 s");
        Assert.True(gateway.ExitCode == 0, string.Join('\n', gateway.Output));
        Assert.DoesNotContain(HostLogLines.FromShutdown(gateway.Output), HostLogLines.IsWarningOrWorse);
        Assert.False(silo.HasExited);
    }
}
