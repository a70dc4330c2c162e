using System.Collections.Concurrent;
using Ise.Clusters;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Clusters;

[Collection(ClusterCollection.Name)]
public sealed class ClusterObserverTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_watcher_receives_new_feed_items_and_counts_with_increasing_sequence_numbers()
    {
        var cluster = fixture.Client.GetGrain<IClusterGrain>("digital-and-creative");
        var watcher = new Watcher();
        await cluster.SubscribeAsync(fixture.Client.CreateObjectReference<IClusterObserver>(watcher));
        var sme = await RegisterDutchSmeAsync(fixture.Client);

        await fixture.Client.GetGrain<ISmeGrain>(sme.SmeId).JoinClusterAsync(Sector.DigitalAndCreative);
        await Eventually.TrueAsync(() => Task.FromResult(watcher.Items.Any(i => i.SmeId == sme.SmeId && i.Kind == ClusterFeedItemKind.MemberJoined)),
            TimeSpan.FromSeconds(10), "the watcher sees the member join");
        await cluster.PostAsync(sme.SmeId, "first post", null);
        await Eventually.TrueAsync(() => Task.FromResult(watcher.Items.Any(i => i.Text == "first post")), TimeSpan.FromSeconds(10), "the watcher sees the post");

        Assert.Equal(watcher.Sequences.Order(), watcher.Sequences);
        Assert.All(watcher.Updates.Skip(1).Zip(watcher.Updates), pair => Assert.Equal(pair.Second.Cluster.Sequence, pair.First.PreviousSequence));
        Assert.True(watcher.Views.Last().Members >= 1);
        var snapshot = await cluster.GetSnapshotAsync(5);
        Assert.Equal(snapshot.Cluster.FeedItems, snapshot.Feed.Items[0].Sequence);
    }

    private sealed class Watcher : IClusterObserver
    {
        private readonly ConcurrentQueue<ClusterUpdate> _updates = new();

        public List<ClusterUpdate> Updates => [.. _updates];

        public List<ClusterView> Views => [.. _updates.Select(u => u.Cluster)];

        public List<ClusterFeedItem> Items => [.. _updates.SelectMany(u => u.NewItems)];

        public List<long> Sequences => [.. Views.Select(v => v.Sequence)];

        public Task OnClusterChanged(ClusterUpdate update)
        {
            _updates.Enqueue(update);
            return Task.CompletedTask;
        }
    }
}
