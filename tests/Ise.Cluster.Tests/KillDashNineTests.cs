using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using Ise.Errors;
using Ise.Events;
using Ise.Imports;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Xunit.Abstractions;

namespace Ise.Cluster.Tests;

/// <summary>
/// The write path under a crash: the silo process killed with SIGKILL in the middle of a storm of
/// check-ins from many callers, or of a partner's SME list being imported, and a new silo started.
/// Nothing acknowledged is lost, nothing refused appears, nothing retried counts twice; the import
/// goes on by itself and every row of the list ends registered and listed once.
/// </summary>
public sealed class KillDashNineTests(ITestOutputHelper output)
{
    private const int Events = 3;
    private const int AttendeesPerEvent = 120;
    private const int CancelledPerEvent = 8;
    private const int Callers = 32;
    private const int KillAfterAcknowledged = 120;
    private const int ImportedSmes = 1_500;
    private const int KillAfterImported = 200;
    private static readonly TimeSpan s_recovery = TimeSpan.FromSeconds(180);

    [Fact]
    public Task Killing_the_silo_mid_storm_loses_no_acknowledged_check_in_and_counts_none_twice() =>
        WithSiloToKillAsync("kill9", async (grains, killAndReplace) =>
        {
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
                killedAt = clock.Elapsed;
                killAndReplace();
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
        });

    [Fact]
    public Task Killing_the_silo_mid_import_loses_no_row_and_lists_none_twice() =>
        WithSiloToKillAsync("kill9import", async (grains, killAndReplace) =>
        {
            var rows = Enumerable.Range(0, ImportedSmes).Select(_ => SmeRegistrationPlan.Fresh()).ToList();
            var job = grains.GetGrain<IImportJobGrain>(IseKeys.NewImportJob());
            await job.StartAsync(SmeRegistrationPlan.ImportRequest("partner-list.csv"), SmeRegistrationPlan.ImportRows(rows));

            var doneAtKill = 0;
            await Eventually.TrueAsync(async () => (doneAtKill = (await job.FindAsync())!.Done) >= KillAfterImported, TimeSpan.FromSeconds(120), "part of the list is imported");
            killAndReplace();
            Assert.InRange(doneAtKill, KillAfterImported, ImportedSmes - 1);
            var clock = Stopwatch.StartNew();

            // The job's own grains are gone with the silo: asking for its report reactivates it on the new one, where it goes on.
            var report = await SmeRegistrationPlan.CompletedAsync(job, s_recovery);
            var completedSeconds = clock.Elapsed.TotalSeconds;
            SmeRegistrationPlan.AssertImportedEveryRow(report, rows);
            await SmeRegistrationPlan.AssertListedOnceAsync(grains, [.. rows.Select(r => r.SmeId)], s_recovery);
            foreach (var (smeId, _) in rows)
            {
                Assert.True(await grains.GetGrain<ISmeGrain>(smeId).ExistsAsync(), $"{smeId} was reported imported and is stored");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{doneAtKill} rows done when killed; imported {report.Done} rows ({report.Accepted} accepted, {report.Unchanged} found registered by a retry), completed {completedSeconds:0.0}s after the kill"));
        });

    /// <summary>
    /// A silo process on a fresh database and a client of its cluster, for <paramref name="scenario"/>, which is given
    /// what kills the silo with SIGKILL and starts a new one on the same database; both processes end with the test.
    /// </summary>
    private static async Task WithSiloToKillAsync(string name, Func<IClusterClient, Action, Task> scenario)
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync(name);
        var settings = ClusterProcesses.Settings(database, clusterId);
        var silo = await ClusterProcesses.StartSiloAsync(settings);
        HostProcess? replacement = null;
        try
        {
            await using var cluster = await TestClusterClient.StartAsync(database, clusterId);
            await scenario(cluster.Client, () =>
            {
                silo.Kill();
                replacement = HostProcess.Start("Ise.Silo", settings);
            });
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
