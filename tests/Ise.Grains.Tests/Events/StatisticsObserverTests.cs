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

        await Eventually.TrueAsync(() => Task.FromResult(watcher.Received.LastOrDefault()?.CheckedIn == 20), TimeSpan.FromSeconds(10), "the watcher sees all 20 check-ins");
        var sequences = watcher.Received.Select(s => s.Sequence).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.True(watcher.Received.Count < 40, $"{watcher.Received.Count} notifications for 40 changes: bursts are coalesced");
        Assert.Equal(eventId, watcher.Received[^1].EventId);
    }

    private sealed class Watcher : IEventStatisticsObserver
    {
        private readonly ConcurrentQueue<EventStatistics> _received = new();

        public List<EventStatistics> Received => [.. _received];

        public Task OnStatisticsChanged(EventStatistics statistics)
        {
            _received.Enqueue(statistics);
            return Task.CompletedTask;
        }
    }
}
