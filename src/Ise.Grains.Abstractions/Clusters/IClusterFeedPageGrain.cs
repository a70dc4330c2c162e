namespace Ise.Clusters;

/// <summary>A sealed, full page of a cluster's feed (key: <see cref="IseKeys.ClusterFeedPage"/>), written once.</summary>
public interface IClusterFeedPageGrain : IGrainWithStringKey
{
    Task SealAsync(IReadOnlyList<ClusterFeedItem> items);

    Task<IReadOnlyList<ClusterFeedItem>> GetAsync();
}
