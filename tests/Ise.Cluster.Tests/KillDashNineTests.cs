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
            var plan = await PrepareAsync(grains);

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
                        var result = await Bucket(grains, code).CheckInAsync(code);
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
            foreach (var (eventId, codes) in plan.CodesByEvent)
            {
                var expected = codes.Count(acknowledged.ContainsKey);
                var statistics = grains.GetGrain<IEventStatisticsGrain>(eventId);
                await Eventually.TrueAsync(async () =>
                {
                    var s = await statistics.GetAsync();
                    return s.CheckedIn == expected && s.Cancelled == CancelledPerEvent;
                }, TimeSpan.FromSeconds(180), $"the statistics of {eventId} count every acknowledged check-in");
            }

            var drainSeconds = drainClock.Elapsed.TotalSeconds;
            var found = 0;
            var duplicated = 0;
            foreach (var (eventId, codes) in plan.CodesByEvent)
            {
                var statistics = await grains.GetGrain<IEventStatisticsGrain>(eventId).GetAsync();
                Assert.Equal(codes.Count(acknowledged.ContainsKey), statistics.CheckedIn);
                Assert.Equal(0, statistics.Registered);
                var listed = await grains.GetGrain<IEventGrain>(eventId).ListRegistrationsAsync(AttendanceStatus.CheckedIn);
                Assert.Equal(codes.Where(acknowledged.ContainsKey).Order(), listed.Select(r => r.Code).Order());
                var cancelled = await grains.GetGrain<IEventGrain>(eventId).ListRegistrationsAsync(AttendanceStatus.Cancelled);
                Assert.Equal(codes.Where(plan.Cancelled.Contains).Order(), cancelled.Select(r => r.Code).Order());
                found += listed.Count;
            }

            foreach (var (code, smeId) in plan.SmeOfCode.Where(p => acknowledged.ContainsKey(p.Key)))
            {
                var eventId = AttendeeCode.Parse(code).EventId;
                var sme = grains.GetGrain<ISmeGrain>(smeId);
                await Eventually.TrueAsync(async () => (await sme.GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.Attended && e.EventId == eventId),
                    TimeSpan.FromSeconds(60), $"the journey of {smeId} records the check-in");
                var attended = (await sme.GetJourneyAsync()).Count(e => e.Kind == JourneyEntryKind.Attended && e.EventId == eventId);
                duplicated += attended - 1;
                Assert.Equal(1, attended);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"acknowledged {acknowledged.Count}, found {found}, lost {acknowledged.Count - found}, duplicated {duplicated}, " +
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

    private static IAttendanceBucketGrain Bucket(IGrainFactory grains, string code)
    {
        var parsed = AttendeeCode.Parse(code);
        return grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(parsed.EventId, parsed.Bucket));
    }

    private static async Task<StormPlan> PrepareAsync(IGrainFactory grains)
    {
        var plan = new StormPlan();
        var day = DateTime.UtcNow.Date.AddHours(9);
        for (var e = 0; e < Events; e++)
        {
            var eventId = EventIds.New();
            var @event = grains.GetGrain<IEventGrain>(eventId);
            await @event.CreateAsync(new CreateEvent($"Storm {e}", ActivityKind.CrossBorderEvent, "aditec", Region.HautsDeFrance,
                [Sector.NewMaterials], day, day.AddHours(6), "Lille", AttendeesPerEvent, 0));
            await @event.PublishAsync();
            var attendees = new List<Attendee>();
            for (var i = 0; i < AttendeesPerEvent; i++)
            {
                var kvk = Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
                attendees.Add(new Attendee(IseKeys.Sme(Country.NL, kvk), Country.NL, Region.SouthWestNetherlands, Sector.NewMaterials, null));
                await grains.GetGrain<ISmeGrain>(attendees[^1].SmeId).RegisterAsync(new RegisterSme(Country.NL, kvk, "Storm firm " + kvk,
                    Region.SouthWestNetherlands, Sector.NewMaterials, 10, new Money(1_000_000m, Currency.EUR), new Money(500_000m, Currency.EUR), "innovatiehuis", []));
            }

            var outcomes = await @event.RegisterManyAsync(attendees);
            var codes = outcomes.Select(o => o.Registration.Code).ToList();
            foreach (var cancelled in codes.Take(CancelledPerEvent))
            {
                await @event.CancelRegistrationAsync(cancelled);
                plan.Cancelled.Add(cancelled);
            }

            await @event.StartAsync();
            plan.CodesByEvent[eventId] = codes;
            foreach (var outcome in outcomes)
            {
                plan.SmeOfCode[outcome.Registration.Code] = outcome.Registration.Attendee.SmeId;
            }
        }

        return plan;
    }

    private sealed class StormPlan
    {
        public Dictionary<string, List<string>> CodesByEvent { get; } = [];

        public Dictionary<string, string> SmeOfCode { get; } = [];

        public HashSet<string> Cancelled { get; } = [];

        public IEnumerable<string> AllCodes => CodesByEvent.Values.SelectMany(c => c);
    }
}
