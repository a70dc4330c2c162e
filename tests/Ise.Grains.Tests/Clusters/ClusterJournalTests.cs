using Ise.Clusters;
using Ise.Effects;
using Ise.Grains.Tests.Support;
using Ise.Journal;
using Ise.Programme;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Clusters;

/// <summary>
/// A cluster on the journal: a delivery is one row however many members it brings (full pages of its feed sealed
/// first), a redelivery stores nothing, and the counts and the feed read back alike after deactivation; a cluster
/// stored whole before the journal moves in with its feed's head, its ledger and the keys it had seen.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterJournalTests(ClusterFixture fixture)
{
    private static readonly string s_sector = ProgrammeCatalog.Describe(Sector.DigitalAndCreative).Slug;

    private IGrainFactory Grains => fixture.Client;

    private IServiceProvider Silo => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider;

    [Fact]
    public async Task A_delivery_is_one_row_across_sealed_pages_and_a_redelivery_stores_nothing()
    {
        var cluster = Grains.GetGrain<IClusterGrain>(s_sector);
        var smes = Enumerable.Range(0, 60).Select(_ => IseKeys.Sme(Country.BE, NewKvk())).ToList();
        var delivery = new EffectBatch(JournalSource.Of($"test-writer-{Guid.NewGuid():N}"),
            [.. smes.Select((sme, i) => new EffectEnvelope(i + 1, new ClusterMembershipEffect(sme, Country.BE, Region.WestFlanders, true, DateTimeOffset.UtcNow)))]);
        await SettledAsync();
        var before = await cluster.GetAsync();
        var version = await VersionAsync();

        await cluster.ApplyEffectsAsync(delivery);
        var afterDelivery = await VersionAsync();
        await cluster.ApplyEffectsAsync(delivery);

        Assert.Equal((version + 1, version + 1), (afterDelivery, await VersionAsync()));
        await Grains.DeactivateAsync(cluster, "the cluster");
        var after = await cluster.GetAsync();
        Assert.Equal((before.Members + 60, before.FeedItems + 60), (after.Members, after.FeedItems));
        Assert.Equal(before.MembersByRegion.GetValueOrDefault(Region.WestFlanders) + 60, after.MembersByRegion[Region.WestFlanders]);
        var feed = await cluster.GetFeedAsync(null, 60);
        Assert.Equal(smes.AsEnumerable().Reverse(), feed.Items.Select(i => i.SmeId));
        Assert.Equal(Enumerable.Range(1, 60).Select(n => before.FeedItems + n).Reverse(), feed.Items.Select(i => i.Sequence));
    }

    [Fact]
    public void A_cluster_stored_whole_moves_in_with_its_feed_ledger_and_keys()
    {
        var item = new ClusterFeedItem(51, ClusterFeedItemKind.Post, DateTimeOffset.UnixEpoch, IseKeys.Sme(Country.NL, NewKvk()), null, "hello", null);
        var legacy = new LegacyClusterState
        {
            Sequence = 53, Members = 2, MembersByCountry = { [Country.NL] = 2 }, MembersByRegion = { [Region.SouthWestNetherlands] = 2 },
            FeedTotal = 51, SealedPages = 1, Head = [item],
        };
        legacy.Inbox.AppliedThrough[$"{s_sector}/3"] = 9;
        legacy.Recent.TryAdd("event|ev-1|Announced");

        var (append, row, state) = LegacyMoves.Move<ClusterJournalState, IClusterChange>(Silo, json => new ClusterLegacyConverter(json), s_sector, legacy, (s, e) => s.Apply(e));

        Assert.Equal((ClusterGrain.Stream(s_sector), "ise.cluster.carried-over"), (append.Stream, row.Kind));
        Assert.Empty(append.Effects);
        Assert.Equal((53L, 2, 51L, 1L), (state.Sequence, state.Members, state.FeedTotal, state.SealedPages));
        Assert.Equal(2, state.MembersByRegion[Region.SouthWestNetherlands]);
        Assert.Equal(item, Assert.Single(state.Head));
        Assert.Equal(9, state.AppliedThrough[$"{s_sector}/3"]);
        Assert.Equal(["event|ev-1|Announced"], state.Recent.Keys);
    }

    private async Task<long> VersionAsync() =>
        (await Silo.GetRequiredService<IJournalStore>().ReadStreamAsync(ClusterGrain.Stream(s_sector))).Version;

    /// <summary>Waits until every committed batch is delivered, so no other test's change reaches the cluster meanwhile.</summary>
    private async Task SettledAsync() =>
        await Eventually.TrueAsync(() => Task.FromResult(Silo.GetRequiredService<EffectDispatcher>().Lag == TimeSpan.Zero),
            TimeSpan.FromSeconds(30), "every batch is delivered");
}
