using System.Diagnostics.Metrics;
using Ise.Errors;
using Ise.Events;
using Ise.Journal;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Grains.Tests.Journal;

/// <summary>
/// The journal read forward, in a test cluster: the effects of committed events reach their real
/// receivers once (tally additions about an event count as check-ins at its statistics); nothing of
/// a failed commit is delivered; a commit whose answer was lost is found in the journal and
/// delivered; a dead silo's writer is taken over, what it left delivered once, and retired.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EffectDispatcherTests(ClusterFixture fixture)
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    private IServiceProvider Silo => fixture.Cluster.Silos[0].ServiceProvider;

    private ControlledJournalStore Store => (ControlledJournalStore)Silo.GetRequiredService<IJournalStore>();

    private EffectDispatcher Dispatcher => Silo.GetRequiredService<EffectDispatcher>();

    private ITallyGrain NewTally() => fixture.Client.GetGrain<ITallyGrain>(Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Effects_of_committed_events_reach_their_receiver_once()
    {
        var eventId = EventIds.New();
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => NewTally().Add(1, eventId)));

        await CheckedInAsync(eventId, 5, "five additions about the event reach its statistics");
        await SettledAsync();

        Assert.Equal(5, (await Statistics(eventId).GetAsync()).CheckedIn);
    }

    [Fact]
    public async Task Nothing_of_a_failed_commit_is_delivered()
    {
        var eventId = EventIds.New();
        var tally = NewTally();
        Store.FailNextCommitOf(await tally.Stream(), new IOException("connection reset"));

        await Assert.ThrowsAsync<IseException>(() => tally.Add(1, eventId));
        await NewTally().Add(1, eventId);

        await CheckedInAsync(eventId, 1, "the second addition reaches the statistics");
        await SettledAsync();
        Assert.Equal(1, (await Statistics(eventId).GetAsync()).CheckedIn);
    }

    [Fact]
    public async Task A_commit_whose_answer_was_lost_is_found_in_the_journal_and_delivered_once()
    {
        var eventId = EventIds.New();
        var tally = NewTally();
        await tally.Get();
        Store.LoseNextCommitAnswer(new IOException("connection lost during COMMIT"));

        var refused = await Assert.ThrowsAsync<IseException>(() => tally.Add(7, eventId));

        Assert.Equal(IseErrorCode.Unavailable, refused.Code);
        await CheckedInAsync(eventId, 1, "the stored addition reaches the statistics although its caller was told to retry");
        await SettledAsync();
        Assert.Equal(1, (await Statistics(eventId).GetAsync()).CheckedIn);
        Assert.Equal(7, (await tally.Get()).Total);
    }

    [Fact]
    public async Task A_dead_silos_writer_is_taken_over_and_what_it_left_is_delivered_once()
    {
        var eventId = EventIds.New();
        var deadWriter = $"dead-silo-{Guid.NewGuid():N}";

        // The dead silo committed three batches; the receivers had acknowledged the first one.
        var appends = Enumerable.Range(1, 3).Select(batch => Append($"tally/{batch}", eventId, additions: batch)).ToList();
        var store = new InMemoryJournalStore();
        var copy = new InMemoryJournalStore();
        foreach (var journal in new[] { store, copy })
        {
            var lease = await journal.RegisterWriterAsync(deadWriter, deadWriter);
            for (var batch = 1; batch <= 3; batch++)
            {
                await journal.CommitAsync(new JournalBatch(lease, batch, [appends[batch - 1]]));
            }

            await journal.MarkDeliveredAsync(lease, 1);
        }

        await using (var live = StandbyDispatcher(store, deadOwners: deadWriter))
        {
            await live.StartAsync("live-silo");
            await RetiredAsync(store, deadWriter);
        }

        await CheckedInAsync(eventId, 2 + 3, "the batches after the stored cursor reach the statistics");

        // Another silo delivers the same batches again (as after a crash before the cursor was stored): applied once.
        await using (var again = StandbyDispatcher(copy, deadOwners: deadWriter))
        {
            await again.StartAsync("another-live-silo");
            await RetiredAsync(copy, deadWriter);
        }

        Assert.Equal(5, (await Statistics(eventId).GetAsync()).CheckedIn);
    }

    [Fact]
    public async Task No_more_receivers_are_called_at_once_than_the_limit()
    {
        var deadWriter = $"dead-silo-{Guid.NewGuid():N}";
        var events = Enumerable.Range(0, 40).Select(_ => EventIds.New()).ToList();
        var store = new InMemoryJournalStore();
        var lease = await store.RegisterWriterAsync(deadWriter, deadWriter);
        await store.CommitAsync(new JournalBatch(lease, 1, [.. events.Select((eventId, i) => Append($"tally/wide-{i}", eventId, additions: 1))]));
        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = metrics.GetRequiredService<IMeterFactory>();
        using var calls = new PeakCallsInFlight(meters.Create(JournalWriterMetrics.MeterName));

        await using (var live = StandbyDispatcher(store, TimeProvider.System, meters, maxConcurrentCalls: 2, deadWriter))
        {
            await live.StartAsync("live-silo");
            await RetiredAsync(store, deadWriter);
        }

        foreach (var eventId in events)
        {
            Assert.Equal(1, (await Statistics(eventId).GetAsync()).CheckedIn);
        }

        Assert.InRange(calls.Peak, 1, 2);
    }

    [Fact]
    public async Task A_live_silos_writer_is_left_alone()
    {
        var store = new InMemoryJournalStore();
        var lease = await store.RegisterWriterAsync("busy-silo", "busy-silo");
        await store.CommitAsync(new JournalBatch(lease, 1, [Append("tally/live", EventIds.New(), additions: 1)]));

        await using (var live = StandbyDispatcher(store, deadOwners: "some-other-silo"))
        {
            await live.StartAsync("live-silo");
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }

        var writer = Assert.Single(await store.ReadWritersAsync());
        Assert.Equal(("busy-silo", 1L, 0L), (writer.Owner, writer.Epoch, writer.Delivered));
    }

    [Fact]
    public async Task The_journal_health_is_degraded_while_a_committed_batch_waits_beyond_the_limit()
    {
        var time = new ShiftedTimeProvider();
        var dispatcher = StandbyDispatcher(new InMemoryJournalStore(), time);
        var check = new JournalHealthCheck(dispatcher, Options.Create(new EffectDispatcherOptions { LagDegradedAfter = TimeSpan.FromSeconds(30) }));
        var healthyWhenIdle = await check.CheckHealthAsync(new HealthCheckContext());

        // Not started, so nothing is delivered: the batch waits as behind a receiver that does not answer.
        var added = new TallyAdded(Guid.NewGuid(), DateTimeOffset.UtcNow, 1, EventIds.New());
        var stalled = Append("tally/stalled", added.Subject!, 1);
        dispatcher.Committed(new WriterLease("stalled-writer", "stalled-silo", 1), 1, [new JournalAppend(stalled.Stream, stalled.Rows, effects: [.. added.Effects(1)])]);
        var waitingBriefly = await check.CheckHealthAsync(new HealthCheckContext());
        time.Offset = TimeSpan.FromMinutes(2);
        var waitingLong = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, healthyWhenIdle.Status);
        Assert.Equal(0, healthyWhenIdle.Data["pendingBatches"]);
        Assert.Equal(HealthStatus.Healthy, waitingBriefly.Status);
        Assert.Equal(1, waitingBriefly.Data["pendingBatches"]);
        Assert.Equal(HealthStatus.Degraded, waitingLong.Status);
        Assert.True((double)waitingLong.Data["lagSeconds"] >= 120);
        Assert.StartsWith("The oldest of 1 committed batches has waited 12", waitingLong.Description, StringComparison.Ordinal);
    }

    private IEventStatisticsGrain Statistics(string eventId) => fixture.Client.GetGrain<IEventStatisticsGrain>(eventId);

    private async Task CheckedInAsync(string eventId, int expected, string because) =>
        await Eventually.TrueAsync(async () => (await Statistics(eventId).GetAsync()).CheckedIn == expected, s_patience, because);

    /// <summary>Waits until every committed batch has been acknowledged by all of its receivers.</summary>
    private async Task SettledAsync() =>
        await Eventually.TrueAsync(() => Task.FromResult(Dispatcher.Lag == TimeSpan.Zero), s_patience, "every batch is delivered");

    private static async Task RetiredAsync(InMemoryJournalStore store, string writer) =>
        await Eventually.TrueAsync(async () => (await store.ReadWritersAsync()).All(w => w.Writer != writer), s_patience, $"writer {writer} is retired");

    private EffectDispatcher StandbyDispatcher(InMemoryJournalStore store, params string[] deadOwners) =>
        StandbyDispatcher(store, TimeProvider.System, deadOwners);

    private EffectDispatcher StandbyDispatcher(InMemoryJournalStore store, TimeProvider time, params string[] deadOwners) =>
        StandbyDispatcher(store, time, Silo.GetRequiredService<IMeterFactory>(), new EffectDispatcherOptions().MaxConcurrentCalls, deadOwners);

    private EffectDispatcher StandbyDispatcher(InMemoryJournalStore store, TimeProvider time, IMeterFactory meters, int maxConcurrentCalls, params string[] deadOwners) => new(
        fixture.Client,
        store,
        Silo.GetRequiredService<JournalEventDecoder>(),
        new KnownDeadOwners(deadOwners),
        Options.Create(new EffectDispatcherOptions
        {
            RecoveryInterval = TimeSpan.FromMilliseconds(100),
            CursorInterval = TimeSpan.FromMilliseconds(100),
            MaxConcurrentCalls = maxConcurrentCalls,
        }),
        time,
        meters,
        NullLogger<EffectDispatcher>.Instance);

    /// <summary>An append of <paramref name="additions"/> tally additions about an event, as a dead silo's grain made it.</summary>
    private JournalAppend Append(string stream, string eventId, int additions)
    {
        var codec = new JournalCodec<TallyState, ITallyEvent>(Silo.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>().Value.JsonSerializerOptions);
        var rows = Enumerable.Range(1, additions)
            .Select(version => codec.Row(stream, version, new TallyAdded(Guid.NewGuid(), DateTimeOffset.UtcNow, 1, eventId)))
            .ToList();
        return new JournalAppend(stream, rows);
    }

    private sealed class KnownDeadOwners(params string[] dead) : IWriterLiveness
    {
        public bool IsDead(string owner) => dead.Contains(owner);
    }
}
