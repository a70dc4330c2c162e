using System.Diagnostics;
using Ise.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Cluster.Tests;

/// <summary>
/// A network that drops PostgreSQL's packets instead of refusing connections (issue 22): nothing is reset, nothing
/// answers. A check-in sent meanwhile must still be answered within the caller's wait, refused with a retryable error
/// (never acknowledged, never left to the caller's 30 s response timeout), and once packets flow again the silo goes
/// on by itself: the refused check-ins are retried and taken, and every acknowledged one counted once.
/// </summary>
public sealed class PostgresDroppedPacketsTests
{
    private const int Attendees = 15;
    private static readonly TimeSpan s_callerWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_recovery = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Check_ins_while_packets_are_dropped_are_refused_retryably_in_time_and_nothing_acknowledged_is_lost()
    {
        var database = await TestPostgres.CreateDatabaseAsync("dropped");
        await using var proxy = PostgresProxy.Start(database);
        await using var silo = await InProcessSilo.StartAsync(proxy.ConnectionString, "dropped-" + Guid.NewGuid().ToString("N")[..8]);
        var grains = silo.Grains;
        var plan = await CheckInPlan.PrepareAsync(grains, events: 1, attendeesPerEvent: Attendees, cancelledPerEvent: 0);
        var (before, during, after) = plan.InThirds();
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        await CheckInPlan.CheckInAsync(grains, before, acknowledged);

        proxy.Drop();
        var refusals = new List<(Exception Refusal, TimeSpan After)>();
        foreach (var code in during)
        {
            var clock = Stopwatch.StartNew();
            if (await RetryableRefusal.TryAsync(() => CheckInPlan.Bucket(grains, code).CheckInAsync(code)) is { } refusal)
            {
                refusals.Add((refusal, clock.Elapsed));
            }
            else
            {
                acknowledged.Add(code);
            }
        }

        var readinessDuring = await silo.ReadinessAsync();
        proxy.Restore();

        Assert.DoesNotContain(during, acknowledged.Contains);
        Assert.Equal(during.Count, refusals.Count);
        Assert.All(refusals, r => RetryableRefusal.AssertIs(r.Refusal));
        Assert.All(refusals, r => Assert.True(r.After < s_callerWait, $"a refusal came after {r.After.TotalSeconds:0.0} s"));
        Assert.Equal(HealthStatus.Unhealthy, readinessDuring.Entries["postgres"].Status);

        foreach (var code in during.Concat(after))
        {
            await RetryableRefusal.UntilTakenAsync(() => CheckInPlan.Bucket(grains, code).CheckInAsync(code), $"the check-in of {code} is taken once packets flow again", s_recovery);
            acknowledged.Add(code);
        }

        await silo.PostgresReadinessBecomesAsync(HealthStatus.Healthy, s_recovery);
        Assert.Equal(plan.AllCodes.Count(), await plan.AssertEachAcknowledgedCountedOnceAsync(grains, acknowledged, s_recovery));
    }
}
