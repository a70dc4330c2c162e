using Ise.Effects;

namespace Ise.Indexes;

/// <summary>
/// One bucket of an index list (key: <see cref="IseKeys.IndexBucket"/>). Members are spread over
/// <see cref="IseKeys.IndexBucketCount"/> buckets by a stable hash, so no bucket grows past a few
/// thousand entries at programme scale.
/// </summary>
public interface IIndexGrain : IEffectReceiver
{
    /// <summary>Members after <paramref name="after"/> (exclusive; null for the start), at most <paramref name="first"/>.</summary>
    Task<IndexPage> GetPageAsync(string? after, int first);

    Task<int> CountAsync();
}
