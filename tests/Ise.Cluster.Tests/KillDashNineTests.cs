using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using Ise.Errors;
using Ise.Events;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Xunit.Abstractions;

namespace Ise.Cluster.Tests;

/// <summary>
/// The check-in write path under a crash: a storm of check-ins from many callers, the silo process
/// killed with SIGKILL mid-storm, a new silo started, the outboxes drained. Nothing acknowledged is
/// lost, nothing refused appears, nothing retried counts twice.
/// </summary>
public sealed class KillDashNineTests(ITestOutputHelper output)
{
    private const int Events = 3;
    private const int AttendeesPerEvent = 120;
    private const int CancelledPerEvent = 8;
    private const int Callers = 32;
    private const int KillAfterAcknowledged = 120;

    [Fact]
    public async Task Killing_the_silo_mid_storm_loses_no_acknowledged_check_in_and_counts_none_twice()
    {
        var database = await TestPostgres.CreateDatabaseAsync("kill9");
        var clusterId = "kill9-" + Guid.NewGuid().ToString("N")[..8];
        var settings = ClusterProcesses.Settings(database, clusterId);
        var silo = await ClusterProcesses.StartSiloAsync(settings);
        HostProcess? replacement = null;
        try
        {
            await using var cluster = await TestClusterClient.StartAsync(database, clusterId);
            var grains = cluster.Client;
            var plan = await CheckInPlan.PrepareAsync(grains, Events, AttendeesPerEvent, CancelledPerEvent);

            var acknowledged = new ConcurrentDictionary<string, CheckInOutcome>();
            var refused = new ConcurrentDictionary<string, string>();
            var failures = 0;
            var queue = new ConcurrentQueue<string>(plan.AllCodes.OrderBy(_ => Random.Shared.Next()));
            var clock = Stopwatch.StartNew();
            TimeSpan killedAt = default;
            var killer = Task.Run(async () =>
            {
                await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= KillAfterAcknowledged), TimeSpan.FromSeconds(120), "enough check-ins were acknowledged");
                silo.Kill();
                killedAt = clock.Elapsed;
                replacement = HostProcess.Start("Ise.Silo", settings);
            });

            await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
            {
                while (clock.Elapsed < TimeSpan.FromMinutes(4) && (queue.TryDequeue(out var code) || !killer.IsCompleted || !queue.IsEmpty))
                {
                    if (code is null)
                    {
                        await Task.Delay(50);
                        continue;
                    }

                    try
                    {
                        var result = await CheckInPlan.Bucket(grains, code).CheckInAsync(code);
                        acknowledged[code] = result.Outcome;
                    }
                    catch (IseException refusal)
                    {
                        refused[code] = refusal.Message;
                    }
                    catch (Exception ex) when (ex is not IseException)
                    {
                        // The answer was lost (the silo died): the caller cannot know whether it landed, so it retries.
                        Interlocked.Increment(ref failures);
                        await Task.Delay(200);
                        queue.Enqueue(code);
                    }
                }
            })));
            await killer;
            var stormSeconds = clock.Elapsed.TotalSeconds;

            Assert.Equal(plan.Cancelled.Order(), refused.Keys.Order());
            Assert.Equal(plan.AllCodes.Except(plan.Cancelled).Order(), acknowledged.Keys.Order());

            var drainClock = Stopwatch.StartNew();
            var found = await plan.AssertEachAcknowledgedCountedOnceAsync(grains, acknowledged.Keys.ToHashSet(), TimeSpan.FromSeconds(180));
            var drainSeconds = drainClock.Elapsed.TotalSeconds;

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"acknowledged {acknowledged.Count}, found {found}, lost {acknowledged.Count - found}, duplicated 0, " +
                $"refused {refused.Count}, lost answers retried {failures}, killed at {killedAt.TotalSeconds:0.0}s, storm {stormSeconds:0.0}s, drained in {drainSeconds:0.0}s"));
        }
        finally
        {
            await silo.DisposeAsync();
            if (replacement is not null)
            {
                await replacement.DisposeAsync();
            }
        }
    }
}
