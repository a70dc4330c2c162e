using Orleans.Concurrency;

namespace Ise.Clusters;

/// <summary>A gateway following a cluster: its counts with sequence numbers, and new feed items.</summary>
public interface IClusterObserver : IGrainObserver
{
    /// <summary>One-way: a slow or vanished gateway never holds up the cluster grain.</summary>
    [OneWay]
    Task OnClusterChanged(ClusterUpdate update);
}
