namespace Ise.Clusters;

/// <summary>
/// A coalesced notification to watching gateways: the cluster's counts now and the feed items added
/// (members joining and leaving, posts, events) since the previous notification, whose sequence is
/// <see cref="PreviousSequence"/>. A watcher whose last known sequence is below it takes a fresh snapshot.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-update")]
public sealed record ClusterUpdate(
    [property: Id(0)] long PreviousSequence,
    [property: Id(1)] ClusterView Cluster,
    [property: Id(2)] IReadOnlyList<ClusterFeedItem> NewItems);
