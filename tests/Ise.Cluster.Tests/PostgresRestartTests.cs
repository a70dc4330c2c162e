using Ise.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace Ise.Cluster.Tests;

/// <summary>
/// The PostgreSQL server restarted under load: a server of the test's own (<see cref="DedicatedPostgresServer"/>;
/// the suite's shared one is never touched) stopped the way an operator restarts it (fast shutdown: every
/// session ended, what was committed kept) while doors check people in and partners register SMEs, kept
/// down until readiness and the callers have seen it, then started again. Writes meeting the stopped server
/// are refused retryably and none is acknowledged while it is down; the silo uses the restarted server by
/// itself (its pooled connections to the old one are dropped as they fail), and every write is taken once,
/// lost by none.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private const int Attendees = 60;
    private const int Registrations = 30;
    private const int Callers = 4;
    private static readonly TimeSpan s_waitForServer = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_recovery = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Restarting_the_server_under_load_refuses_writes_retryably_while_it_is_down_and_after_it_nothing_acknowledged_is_lost_or_counted_twice()
    {
        await using var server = await DedicatedPostgresServer.StartAsync();
        var database = await server.CreateDatabaseAsync("restart");
        await using var silo = await InProcessSilo.StartAsync(database, "restart-" + Guid.NewGuid().ToString("N")[..8]);
        var grains = silo.Grains;
        var plan = await CheckInPlan.PrepareAsync(grains, events: 1, attendeesPerEvent: Attendees, cancelledPerEvent: 0);
        var registrations = Enumerable.Range(0, Registrations).Select(_ => SmeRegistrationPlan.Fresh()).ToList();
        var writes = plan.AllCodes.Select(code => (code, (Func<Task>)(() => CheckInPlan.Bucket(grains, code).CheckInAsync(code))))
            .Concat(registrations.Select(r => (r.SmeId, (Func<Task>)(() => SmeRegistrationPlan.RegisterAsync(grains, r)))))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();
        var thirds = writes.Chunk((writes.Count + 2) / 3).ToList();

        // The first third is under way when the server goes down; the second meets it down; the last comes once it is back.
        var writers = new RetryingWriters();
        writers.Add(thirds[0]);
        var load = writers.RunAsync(Callers, s_recovery);
        await Eventually.TrueAsync(() => Task.FromResult(writers.AcknowledgedCount >= thirds[0].Length / 3), s_waitForServer, "writes are being acknowledged");
        await server.StopAsync();
        writers.Add(thirds[1]);
        await silo.PostgresReadinessBecomesAsync(HealthStatus.Unhealthy, s_waitForServer);
        var refusedBefore = writers.Refusals.Count;
        var acknowledgedWhileDown = writers.AcknowledgedCount;
        await Eventually.TrueAsync(() => Task.FromResult(writers.Refusals.Count >= refusedBefore + 2 * Callers), s_waitForServer,
            "every caller has been refused again while the server is down");
        Assert.Equal(acknowledgedWhileDown, writers.AcknowledgedCount);

        await server.StartAgainAsync();
        writers.Add(thirds[2]);
        writers.CompleteAdding();
        await load;

        output.WriteLine($"{writes.Count} writes, {acknowledgedWhileDown} acknowledged before the server went down, {writers.Refusals.Count} refusals met and retried");
        Assert.Empty(writers.UnexpectedFailures);
        Assert.All(writers.Refusals, RetryableRefusal.AssertIs);
        await silo.PostgresReadinessBecomesAsync(HealthStatus.Healthy, s_recovery);
        var acknowledged = writers.Acknowledged.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(writes.Count, acknowledged.Count);
        Assert.Equal(Attendees, await plan.AssertEachAcknowledgedCountedOnceAsync(grains, acknowledged, s_recovery));
        await SmeRegistrationPlan.AssertListedOnceAsync(grains, [.. registrations.Select(r => r.SmeId)], s_recovery);
    }
}
