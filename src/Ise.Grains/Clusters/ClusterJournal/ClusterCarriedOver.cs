using Ise.Connections;
using Ise.Programme;

namespace Ise.Clusters;

/// <summary>The first event of a cluster stored whole before the journal: its counters, the head of its feed, its delivery ledger and the keys it had seen.</summary>
[GenerateSerializer, Immutable, Alias("ise.cluster.carried-over")]
public sealed record ClusterCarriedOver(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] long Sequence,
    [property: Id(3)] int Members,
    [property: Id(4)] IReadOnlyDictionary<Country, int> MembersByCountry,
    [property: Id(5)] IReadOnlyDictionary<Region, int> MembersByRegion,
    [property: Id(6)] long FeedTotal,
    [property: Id(7)] long SealedPages,
    [property: Id(8)] IReadOnlyList<ClusterFeedItem> Head,
    [property: Id(9)] ConnectionTally Connections,
    [property: Id(10)] IReadOnlyDictionary<string, long> AppliedThrough,
    [property: Id(11)] IReadOnlyList<string> Keys) : IClusterChange;
