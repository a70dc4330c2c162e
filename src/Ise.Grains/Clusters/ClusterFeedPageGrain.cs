using Ise.Paging;

namespace Ise.Clusters;

/// <summary>A sealed page of a cluster's feed.</summary>
public sealed class ClusterFeedPageGrain(
    [PersistentState("cluster-feed-page", IseKeys.StorageName)] IPersistentState<ClusterFeedPageState> state)
    : SealedPageGrain<ClusterFeedItem, ClusterFeedPageState>(state), IClusterFeedPageGrain;
