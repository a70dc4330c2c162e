namespace Ise.Clusters;

/// <summary>Feed items newest first, and whether older ones remain.</summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-feed-page")]
public sealed record ClusterFeedPage(
    [property: Id(0)] IReadOnlyList<ClusterFeedItem> Items,
    [property: Id(1)] bool HasOlder,
    [property: Id(2)] long Total);
