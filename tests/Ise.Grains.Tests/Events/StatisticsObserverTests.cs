using System.Collections.Concurrent;
using Ise.Events;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Events;

[Collection(ClusterCollection.Name)]
public sealed class StatisticsObserverTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_watcher_is_notified_of_changes_with_increasing_sequence_numbers_and_bursts_are_coalesced()
    {
        var grains = fixture.Client;
        var @event = await CreateEventAsync(grains, 50, EventStatus.Live);
        var eventId = (await @event.GetAsync()).Id;
        var watcher = new Watcher();
        var reference = fixture.Client.CreateObjectReference<IEventStatisticsObserver>(watcher);
        await grains.GetGrain<IEventStatisticsGrain>(eventId).SubscribeAsync(reference);
        var codes = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            codes.Add((await @event.RegisterAsync(await RegisterDutchSmeAsync(grains), null)).Registration.Code);
        }

        await Task.WhenAll(codes.Select(code => BucketOf(grains, code).CheckInAsync(code)));

        await Eventually.TrueAsync(() => Task.FromResult(watcher.Latest?.Statistics.CheckedIn == 20), TimeSpan.FromSeconds(10), "the watcher sees all 20 check-ins");
        await BucketOf(grains, codes[0]).UndoCheckInAsync(codes[0]);
        await Eventually.TrueAsync(() => Task.FromResult(watcher.Latest?.Statistics.CheckedIn == 19), TimeSpan.FromSeconds(10), "the watcher sees the undo");

        // Notifications are one-way messages, which Orleans may deliver out of order: a watcher orders them by sequence
        // (as the gateway does), and then each one continues exactly where the one before it ended.
        var updates = watcher.Received.OrderBy(u => u.Statistics.Sequence).ToList();
        Assert.Equal(updates.Count, updates.Select(u => u.Statistics.Sequence).Distinct().Count());
        Assert.All(updates.Skip(1).Zip(updates), pair => Assert.Equal(pair.Second.Statistics.Sequence, pair.First.PreviousSequence));
        Assert.True(updates.Count < 41, $"{updates.Count} notifications for 41 changes: bursts are coalesced");
        Assert.Equal(eventId, updates[^1].Statistics.EventId);
        var changes = updates.SelectMany(u => u.Changes).ToList();
        Assert.Equal(codes.Order(), changes.Where(c => c.Kind == ArrivalChangeKind.CheckedIn).Select(c => c.Arrival.Code).Order());
        Assert.Equal(codes[0], Assert.Single(changes, c => c.Kind == ArrivalChangeKind.Undone).Arrival.Code);
        Assert.All(updates, u => Assert.All(u.Changes, c => Assert.InRange(c.Sequence, u.PreviousSequence + 1, u.Statistics.Sequence)));
    }

    private sealed class Watcher : IEventStatisticsObserver
    {
        private readonly ConcurrentQueue<EventStatisticsUpdate> _received = new();

        public List<EventStatisticsUpdate> Received => [.. _received];

        public EventStatisticsUpdate? Latest => _received.MaxBy(u => u.Statistics.Sequence);

        public Task OnStatisticsChanged(EventStatisticsUpdate update)
        {
            _received.Enqueue(update);
            return Task.CompletedTask;
        }
    }
}
