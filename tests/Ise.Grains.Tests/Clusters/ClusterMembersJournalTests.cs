using System.Text;
using Ise.Clusters;
using Ise.Effects;
using Ise.Grains.Tests.Support;
using Ise.Journal;
using Ise.Programme;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Clusters;

/// <summary>
/// A bucket of a cluster's members on the journal: a delivery that changes its members is one row, one that changes
/// nothing (delivered again, or a join of a member) stores nothing, and the members read back after deactivation; a
/// bucket stored whole before the journal moves in with its undelivered changes under its own key as sender.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterMembersJournalTests(ClusterFixture fixture)
{
    // A sector no other test joins: its buckets stay under a snapshot's worth of rows, so every row is in the tail read here.
    private static readonly string s_sector = ProgrammeCatalog.Describe(Sector.NewMaterials).Slug;

    private IGrainFactory Grains => fixture.Client;

    private IServiceProvider Silo => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider;

    [Fact]
    public async Task A_change_of_members_is_one_row_and_a_delivery_that_changes_nothing_stores_nothing()
    {
        var sme = IseKeys.Sme(Country.NL, NewKvk());
        var key = IseKeys.ClusterMembers(s_sector, sme);
        var bucket = Grains.GetGrain<IClusterMembersGrain>(key);
        var source = $"test-sender/{Guid.NewGuid():N}";
        EffectBatch Delivery(long sequence, bool joined) =>
            new(source, [new EffectEnvelope(sequence, new ClusterMembershipEffect(sme, Country.NL, Region.SouthWestNetherlands, joined, DateTimeOffset.UtcNow))]);

        await bucket.ApplyEffectsAsync(Delivery(1, joined: true));
        await bucket.ApplyEffectsAsync(Delivery(1, joined: true));
        await bucket.ApplyEffectsAsync(Delivery(2, joined: true));
        Assert.Equal(1, await RowsAboutAsync(key, sme));
        await Grains.DeactivateAsync(bucket, "the members' bucket");
        Assert.Contains(sme, await MembersAsync(bucket));

        await bucket.ApplyEffectsAsync(Delivery(3, joined: false));
        await bucket.ApplyEffectsAsync(Delivery(2, joined: true));
        Assert.Equal(2, await RowsAboutAsync(key, sme));
        Assert.DoesNotContain(sme, await MembersAsync(bucket));
    }

    [Fact]
    public async Task The_cluster_counts_a_member_once_however_often_the_journal_delivers_the_change()
    {
        var sme = IseKeys.Sme(Country.NL, NewKvk());
        var cluster = Grains.GetGrain<IClusterGrain>(s_sector);
        var delivery = new EffectBatch(JournalSource.Of($"test-writer-{Guid.NewGuid():N}"),
            [new EffectEnvelope(7, new ClusterMembershipEffect(sme, Country.NL, Region.SouthWestNetherlands, true, DateTimeOffset.UtcNow))]);

        await cluster.ApplyEffectsAsync(delivery);
        await cluster.ApplyEffectsAsync(delivery);

        var feed = await cluster.GetFeedAsync(null, 100);
        Assert.Single(feed.Items, i => i.Kind == ClusterFeedItemKind.MemberJoined && i.SmeId == sme);
    }

    [Fact]
    public void A_bucket_stored_whole_moves_in_with_its_undelivered_changes_under_its_own_key()
    {
        var key = IseKeys.ClusterMembersBucket(s_sector, 5);
        var member = new ClusterMemberInfo(IseKeys.Sme(Country.NL, NewKvk()), Country.NL, Region.SouthWestNetherlands, DateTimeOffset.UnixEpoch);
        var legacy = new LegacyClusterMembersState { Members = { [member.SmeId] = member } };
        legacy.Inbox.AppliedThrough[member.SmeId] = 4;
        var joined = new ClusterMembershipEffect(member.SmeId, member.Country, member.Region, true, member.JoinedAt);
        legacy.Outbox.Add(EffectTarget.Cluster, s_sector, joined);
        legacy.Outbox.Add(EffectTarget.Cluster, s_sector, joined with { Joined = false });
        legacy.Outbox.Pending.RemoveAt(0);

        var (append, row, state) = LegacyMoves.Move<ClusterMembersJournalState, IClusterMembersChange>(Silo, json => new ClusterMembersLegacyConverter(json), key, legacy, (s, e) => s.Apply(e));

        Assert.Equal((ClusterMembersGrain.Stream(key), "ise.cluster-members.carried-over"), (append.Stream, row.Kind));
        var effect = Assert.Single(append.Effects);
        Assert.Equal((EffectTarget.Cluster, s_sector, key, 2L), (effect.Target, effect.Key, effect.Origin?.Source, effect.Origin?.Sequence));
        Assert.Equal(member, Assert.Single(state.Members.Values));
        Assert.Equal(4, state.AppliedThrough[member.SmeId]);
    }

    private static async Task<List<string>> MembersAsync(IClusterMembersGrain bucket) =>
        [.. (await bucket.GetPageAsync(null, 1000)).Members.Select(m => m.SmeId)];

    /// <summary>The rows of the bucket's stream that name <paramref name="smeId"/> (other tests' SMEs share the bucket).</summary>
    private async Task<int> RowsAboutAsync(string key, string smeId) =>
        (await Silo.GetRequiredService<IJournalStore>().ReadStreamAsync(ClusterMembersGrain.Stream(key))).Tail
            .Count(r => r.Kind == "ise.cluster-members.changed" && Encoding.UTF8.GetString(r.Payload.Span).Contains(smeId, StringComparison.Ordinal));
}
