using Ise.Paging;

namespace Ise.Clusters;

[GenerateSerializer, Alias("ise.cluster-feed-page-state")]
public sealed class ClusterFeedPageState : ISealedPageState<ClusterFeedItem>
{
    [Id(0)]
    public List<ClusterFeedItem> Items { get; set; } = [];

    List<ClusterFeedItem> ISealedPageState<ClusterFeedItem>.Sealed
    {
        get => Items;
        set => Items = value;
    }
}
