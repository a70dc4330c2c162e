namespace Ise.Clusters;

/// <summary>A cluster's counts and the newest page of its feed, read together (one grain turn).</summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-snapshot")]
public sealed record ClusterSnapshot(
    [property: Id(0)] ClusterView Cluster,
    [property: Id(1)] ClusterFeedPage Feed);
