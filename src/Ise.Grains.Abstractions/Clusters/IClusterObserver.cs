using Orleans.Concurrency;

namespace Ise.Clusters;

/// <summary>A gateway following a cluster: its counts with their sequence number, and new feed items.</summary>
public interface IClusterObserver : IGrainObserver
{
    [OneWay]
    Task OnClusterChanged(ClusterView cluster, IReadOnlyList<ClusterFeedItem> newItems);
}
