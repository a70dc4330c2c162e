using System.Globalization;
using Ise.Testing;
using Npgsql;
using Xunit.Abstractions;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Ise.Cluster.Tests;

/// <summary>
/// Two silos and two gateways as separate processes on PostgreSQL, under a load of check-ins and
/// queries through both gateways; one silo is killed with SIGKILL. Once Orleans declares it dead the
/// platform answers everything again, no acknowledged check-in is lost or counted twice, and the
/// dashboards connected to either gateway keep receiving updates.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int DeadStatus = 6;

    [Fact]
    public async Task Killing_one_of_two_silos_under_load_loses_no_acknowledged_check_in()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("failover");
        var victimSettings = ClusterProcesses.Settings(database, clusterId);
        await using var victim = await ClusterProcesses.StartSiloAsync(victimSettings);
        await using var survivor = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId), expectedActive: 2);
        var gatewaySettings = new[] { ClusterProcesses.GatewaySettings(database, clusterId), ClusterProcesses.GatewaySettings(database, clusterId) };
        await using var firstGateway = await ClusterProcesses.StartGatewayAsync(gatewaySettings[0]);
        await using var secondGateway = await ClusterProcesses.StartGatewayAsync(gatewaySettings[1]);
        await using var cluster = await TestClusterClient.StartAsync(database, clusterId);
        var plan = await CheckInPlan.PrepareAsync(cluster.Client, events: 4, attendeesPerEvent: 60, cancelledPerEvent: 3);
        var gateways = gatewaySettings.Select(s => FailoverLoad.Gateway(s["Urls"], ClusterProcesses.SecretariatKey)).ToList();

        // An organiser's dashboard on each gateway, watching every event of the storm.
        var dashboards = new List<LiveClient>();
        foreach (var settings in gatewaySettings)
        {
            var dashboard = await LiveClient.ConnectAsync(new Uri(settings["Urls"]), "/hubs/events", ClusterProcesses.SecretariatKey);
            foreach (var eventId in plan.CodesByEvent.Keys)
            {
                await dashboard.JoinAsync(eventId);
            }

            dashboards.Add(dashboard);
        }

        var clock = Stopwatch.StartNew();
        var load = new FailoverLoad(gateways, clock);
        TimeSpan killedAt = default, declaredDeadAt = default;
        using var stopQueries = new CancellationTokenSource();
        var queries = load.QueryUntilCancelledAsync([.. plan.CodesByEvent.Keys], stopQueries.Token);
        var killer = Task.Run(async () =>
        {
            await Eventually.TrueAsync(() => Task.FromResult(load.Acknowledged.Count >= 60), TimeSpan.FromSeconds(120), "check-ins are acknowledged");
            victim.Kill();
            killedAt = clock.Elapsed;
            await Eventually.TrueAsync(async () => await SiloStatusAsync(database, clusterId, victimSettings) == DeadStatus,
                TimeSpan.FromSeconds(120), "the killed silo is declared dead");
            declaredDeadAt = clock.Elapsed;
        });
        await load.CheckInAllAsync(plan.AllCodes.OrderBy(_ => Random.Shared.Next()), callers: 8, deadline: TimeSpan.FromMinutes(4));
        await killer;

        // Keep querying a little after the storm, so recovery is measured on answers, not on silence.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stopQueries.CancelAsync();
        await queries;

        Assert.Equal(plan.Cancelled.Order(), load.Refused.Keys.Order());
        Assert.Equal(plan.AllCodes.Except(plan.Cancelled).Order(), load.Acknowledged.Keys.Order());
        var found = await plan.AssertEachAcknowledgedCountedOnceAsync(cluster.Client, load.Acknowledged.Keys.ToHashSet(), TimeSpan.FromSeconds(120));
        var dashboardClock = Stopwatch.StartNew();
        foreach (var (dashboard, gateway) in dashboards.Zip([firstGateway, secondGateway]))
        {
            foreach (var (eventId, codes) in plan.CodesByEvent)
            {
                var expected = codes.Count(load.Acknowledged.ContainsKey);
                try
                {
                    await dashboard.WaitForAsync(m => m.Body.GetProperty("eventId").GetString() == eventId && m.Figure("checkedIn") == expected,
                        $"a dashboard shows the final count of {eventId} after the failover", TimeSpan.FromSeconds(90));
                }
                catch (TimeoutException)
                {
                    // What the dashboard last heard of the event, and what its gateway logged, say where the update stopped.
                    var heard = dashboard.Messages.Where(m => m.Body.GetProperty("eventId").GetString() == eventId).TakeLast(3)
                        .Select(m => $"{m.Kind} sequence {m.Sequence} checkedIn {m.Figure("checkedIn")}");
                    output.WriteLine($"expected {expected}; last heard: {string.Join("; ", heard)}");
                    output.WriteLine(string.Join('\n', gateway.Output.TakeLast(60)));
                    throw;
                }
            }
        }

        var dashboardSeconds = dashboardClock.Elapsed.TotalSeconds;
        var snapshotsAfterKill = dashboards.Sum(d => d.Messages.Count(m => m.Kind == "Snapshot"));
        foreach (var (eventId, codes) in plan.CodesByEvent)
        {
            foreach (var gateway in gateways)
            {
                Assert.Equal(codes.Count(load.Acknowledged.ContainsKey), await FailoverLoad.CheckedInAsync(gateway, eventId));
            }
        }

        Assert.DoesNotContain(load.Requests, r => !r.Answered && r.SentAt + r.Took < killedAt);
        var recoveredAt = load.RecoveredAt(killedAt, slow: TimeSpan.FromSeconds(2));
        var sentAfter = load.Requests.Where(r => r.SentAt >= killedAt).ToList();
        var inFlight = load.Requests.Where(r => r.SentAt < killedAt && r.SentAt + r.Took > killedAt).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"acknowledged {load.Acknowledged.Count}, found {found}, lost {load.Acknowledged.Count - found}, refused {load.Refused.Count}; " +
            $"killed silo declared dead {(declaredDeadAt - killedAt).TotalSeconds:0.0}s after the kill; requests sent after the kill {sentAfter.Count}, " +
            $"unanswered {sentAfter.Count(r => !r.Answered)}, slowest {sentAfter.Select(r => r.Took.TotalSeconds).DefaultIfEmpty().Max():0.0}s; " +
            $"requests in flight at the kill {inFlight.Count}, unanswered {inFlight.Count(r => !r.Answered)} (retried); " +
            $"every request answered within 2 s again {(recoveredAt - killedAt).TotalSeconds:0.0}s after the kill; " +
            $"both dashboards showed every final count {dashboardSeconds:0.0}s after the storm's counts settled, fresh snapshots pushed {snapshotsAfterKill}"));
        foreach (var gateway in gateways)
        {
            gateway.Dispose();
        }

        foreach (var dashboard in dashboards)
        {
            await dashboard.DisposeAsync();
        }
    }

    private static async Task<int?> SiloStatusAsync(string database, string clusterId, Dictionary<string, string> siloSettings)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM orleansmembershiptable WHERE deploymentid = @cluster AND port = @port", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        command.Parameters.AddWithValue("port", int.Parse(siloSettings["Ise:Orleans:SiloPort"], CultureInfo.InvariantCulture));
        return (int?)await command.ExecuteScalarAsync();
    }
}
