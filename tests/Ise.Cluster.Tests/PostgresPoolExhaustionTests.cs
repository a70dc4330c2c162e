using System.Diagnostics;
using Ise.Hosting;
using Ise.Journal;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Ise.Cluster.Tests;

/// <summary>
/// Every connection of a cluster-mode silo's pools taken from outside while doors check people in: the pool
/// of its connection string (grain state, membership, reminders; three connections here, through
/// <c>Maximum Pool Size</c>) and the journal's (two for reads, through <c>Ise:Journal:MaxConnections</c>, and
/// the writer's own two), the ones a check-in and what it causes are written through. The server itself
/// answers all along. Check-ins are
/// refused with the retryable error within a bounded time (never acknowledged, and not the caller's 30 s
/// response timeout: a write waits <c>Ise:Postgres:ConnectTimeoutSeconds</c> for a connection, then the
/// next activation's read as long again), readiness reports the pools while they are exhausted, and once
/// the connections are given back the check-ins are taken, each counted once.
/// </summary>
public sealed class PostgresPoolExhaustionTests
{
    private const int Attendees = 24;
    private const int StoragePoolSize = 3;
    private const int JournalPoolSize = 2;

    /// <summary>
    /// Below Orleans' 30 s response timeout, which is what a hang looks like to the caller. A refusal takes one or two
    /// waits for a connection (5 s each) or the journal's confirm timeout (10 s), then the next activation's wait;
    /// 20 s was seen while other tests loaded the 2 cores.
    /// </summary>
    private static readonly TimeSpan s_refusedWithin = TimeSpan.FromSeconds(25);

    private static readonly TimeSpan s_recovery = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Check_ins_while_every_pooled_connection_is_taken_are_refused_retryably_in_bounded_time_and_taken_once_the_pool_is_free()
    {
        var database = await TestPostgres.CreateDatabaseAsync("pool");
        var connectionString = new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = StoragePoolSize }.ConnectionString;
        await using var silo = await InProcessSilo.StartAsync(connectionString, "pool-" + Guid.NewGuid().ToString("N")[..8],
            new Dictionary<string, string?> { ["Ise:Journal:MaxConnections"] = $"{JournalPoolSize}" });
        var grains = silo.Grains;
        var plan = await CheckInPlan.PrepareAsync(grains, events: 1, attendeesPerEvent: Attendees, cancelledPerEvent: 0);
        var (before, during, after) = plan.InThirds();
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        await CheckInPlan.CheckInAsync(grains, before, acknowledged);

        var storagePool = silo.Services.GetRequiredService<IseOptions>().Postgres.PooledConnectionString();
        var journal = silo.Services.GetRequiredService<JournalDataSource>();
        (Exception? Refusal, TimeSpan Took)[] attempts;
        string? readinessDuring;
        HealthStatus readinessAtTheEnd;
        await using (var storage = await HeldConnections.TakeAsync(StoragePoolSize, () => OpenAsync(storagePool)))
        await using (var journalConnections = await HeldConnections.TakeAsync(JournalPoolSize, () => journal.Value.OpenConnectionAsync()))
        await using (var writerConnections = await HeldConnections.TakeAsync(JournalDataSource.CommitConnections, () => journal.Commits.OpenConnectionAsync()))
        {
            var readiness = silo.PostgresReadinessBecomesAsync(HealthStatus.Unhealthy, s_refusedWithin);
            attempts = await Task.WhenAll(during.Select(async code =>
            {
                var clock = Stopwatch.StartNew();
                var refusal = await RetryableRefusal.TryAsync(() => CheckInPlan.Bucket(grains, code).CheckInAsync(code));
                return (refusal, clock.Elapsed);
            }));
            readinessDuring = await readiness;
            readinessAtTheEnd = (await silo.ReadinessAsync()).Entries["postgres"].Status;
        }

        Assert.All(attempts, a => RetryableRefusal.AssertIs(a.Refusal ?? throw new Xunit.Sdk.XunitException("a check-in was acknowledged while no connection was free")));
        Assert.All(attempts, a => Assert.InRange(a.Took, TimeSpan.Zero, s_refusedWithin));
        Assert.Contains("pool", readinessDuring, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, readinessAtTheEnd);

        // The connections are back: the doors retry what was refused (it may have been stored after all) and go on.
        foreach (var code in during.Concat(after))
        {
            await RetryableRefusal.UntilTakenAsync(() => CheckInPlan.Bucket(grains, code).CheckInAsync(code), $"the check-in of {code} is taken once the pool is free", s_recovery);
            acknowledged.Add(code);
        }

        await silo.PostgresReadinessBecomesAsync(HealthStatus.Healthy, s_recovery);
        Assert.Equal(plan.AllCodes.Count(), await plan.AssertEachAcknowledgedCountedOnceAsync(grains, acknowledged, s_recovery));
    }

    private static async ValueTask<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
