using Ise.Errors;
using Ise.Events;
using Ise.Hosting.Health;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Cluster.Tests;

/// <summary>
/// PostgreSQL taken away from a cluster-mode silo while doors check people in (through a relay the test
/// cuts, so the shared test server is untouched): check-ins during the outage are refused with a
/// retryable error and never acknowledged, readiness reports the database, and once it is back the silo
/// resumes by itself, nothing acknowledged is lost and nothing is counted twice.
/// </summary>
public sealed class PostgresOutageTests
{
    private const int Attendees = 45;
    private static readonly TimeSpan s_outage = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task Check_ins_during_an_outage_are_refused_retryably_and_after_it_nothing_acknowledged_is_lost_or_counted_twice()
    {
        var database = await TestPostgres.CreateDatabaseAsync("outage");
        await using var proxy = PostgresProxy.Start(database);
        await using var silo = await InProcessSilo.StartAsync(proxy.ConnectionString, "outage-" + Guid.NewGuid().ToString("N")[..8]);
        var grains = silo.Grains;
        var plan = await CheckInPlan.PrepareAsync(grains, events: 1, attendeesPerEvent: Attendees, cancelledPerEvent: 0);
        var codes = plan.AllCodes.ToList();
        var before = codes.Take(Attendees / 3).ToList();
        var during = codes.Skip(Attendees / 3).Take(Attendees / 3).ToList();
        var after = codes.Skip(2 * Attendees / 3).ToList();
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);

        foreach (var code in before)
        {
            await CheckInPlan.Bucket(grains, code).CheckInAsync(code);
            acknowledged.Add(code);
        }

        proxy.Cut();
        var refusals = new List<Exception>();
        var outage = Task.Delay(s_outage);
        foreach (var code in during)
        {
            try
            {
                await CheckInPlan.Bucket(grains, code).CheckInAsync(code);
                acknowledged.Add(code);
            }
            catch (Exception ex)
            {
                refusals.Add(ex);
            }
        }

        var readiness = await ReadinessAsync(silo);
        await outage;
        proxy.Restore();

        Assert.DoesNotContain(during, acknowledged.Contains);
        Assert.Equal(during.Count, refusals.Count);
        Assert.All(refusals, ex =>
        {
            var refused = Assert.IsType<IseException>(ex);
            Assert.Equal(IseErrorCode.Unavailable, refused.Code);
            Assert.Contains("Retry", refused.Message, StringComparison.Ordinal);
        });
        Assert.Equal(HealthStatus.Unhealthy, readiness.Entries["postgres"].Status);

        // Back by itself: the doors retry what was refused (a refused check-in may find it was stored after all) and go on.
        foreach (var code in during.Concat(after))
        {
            await Eventually.TrueAsync(async () =>
            {
                try
                {
                    await CheckInPlan.Bucket(grains, code).CheckInAsync(code);
                    return true;
                }
                catch (IseException ex) when (ex.Code == IseErrorCode.Unavailable)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(60), $"the check-in of {code} is taken once the database is back");
            acknowledged.Add(code);
        }

        await Eventually.TrueAsync(async () => (await ReadinessAsync(silo)).Status == HealthStatus.Healthy, TimeSpan.FromSeconds(60), "the silo is ready again");
        Assert.Equal(codes.Count, await plan.AssertEachAcknowledgedCountedOnceAsync(grains, acknowledged, TimeSpan.FromSeconds(90)));
    }

    private static Task<HealthReport> ReadinessAsync(InProcessSilo silo) =>
        silo.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(IseHealthCheckExtensions.ReadyTag));
}
