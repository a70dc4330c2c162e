using Ise.Connections;
using Ise.Effects;
using Ise.Programme;

namespace Ise.Clusters;

/// <summary>
/// A cluster as it was stored whole before the journal (state name "cluster"): its counters, the head of its feed,
/// its delivery ledger and the keys of one-shot news it had seen. Read once, by <see cref="ClusterLegacyConverter"/>.
/// </summary>
[GenerateSerializer, Alias("ise.cluster-state")]
public sealed class LegacyClusterState
{
    [Id(0)]
    public long Sequence { get; set; }

    [Id(1)]
    public int Members { get; set; }

    [Id(2)]
    public Dictionary<Country, int> MembersByCountry { get; set; } = [];

    [Id(3)]
    public Dictionary<Region, int> MembersByRegion { get; set; } = [];

    [Id(4)]
    public long FeedTotal { get; set; }

    [Id(5)]
    public long SealedPages { get; set; }

    [Id(6)]
    public List<ClusterFeedItem> Head { get; set; } = [];

    [Id(7)]
    public ConnectionTally Connections { get; set; } = ConnectionTally.None;

    /// <summary>Ledger of the repeat senders: the silos' journal writers, and the 16 member buckets' outboxes from before the journal.</summary>
    [Id(8)]
    public InboxLedger Inbox { get; set; } = new();

    /// <summary>One-shot effects (events announced or closed, connections) and post idempotency keys seen lately.</summary>
    [Id(9)]
    public RecentKeys Recent { get; set; } = new();
}
