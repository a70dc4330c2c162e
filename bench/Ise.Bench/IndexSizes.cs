namespace Ise.Bench;

/// <summary>Sizes of index lists, read from their bucket grains (what the lists hold, not a scan of SMEs).</summary>
public static class IndexSizes
{
    public static async Task<int> CountAsync(IGrainFactory grains, IndexName index, string value) =>
        (await BucketCountsAsync(grains, index, value)).Sum();

    public static async Task<int[]> BucketCountsAsync(IGrainFactory grains, IndexName index, string value) =>
        await Task.WhenAll(Enumerable.Range(0, IseKeys.IndexBucketCount)
            .Select(b => grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(index, value, b)).CountAsync()));
}
