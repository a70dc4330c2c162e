namespace Ise.Clusters;

/// <summary>A sealed page of a cluster's feed. Sealing again with the same items is harmless (a retried seal).</summary>
public sealed class ClusterFeedPageGrain(
    [PersistentState("cluster-feed-page", IseKeys.StorageName)] IPersistentState<ClusterFeedPageState> state) : Grain, IClusterFeedPageGrain
{
    public async Task SealAsync(IReadOnlyList<ClusterFeedItem> items)
    {
        if (state.State.Items.Count > 0)
        {
            return;
        }

        state.State.Items = [.. items];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ClusterFeedItem>> GetAsync() => Task.FromResult<IReadOnlyList<ClusterFeedItem>>(state.State.Items);
}
