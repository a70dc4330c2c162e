namespace Ise.Clusters;

[GenerateSerializer, Alias("ise.cluster-feed-page-state")]
public sealed class ClusterFeedPageState
{
    [Id(0)]
    public List<ClusterFeedItem> Items { get; set; } = [];
}
