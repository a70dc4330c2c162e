using Orleans.Concurrency;

namespace Ise.Indexes;

/// <summary>
/// Reads one index across its buckets by value prefix (<see cref="IIndexPrefixGrain"/>): one range read of the
/// <see cref="IIndexMemberStore"/>. Holds no state (so reentrant: no invariant to keep across awaits): a stateless
/// worker, so reads run on the silo that asks.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class IndexPrefixGrain(IIndexMemberStore store) : Grain, IIndexPrefixGrain
{
    private const int MaxPageSize = 1000;

    public Task<IndexRowPage> GetPageAsync(string valuePrefix, IndexRow? after, int first)
    {
        ArgumentException.ThrowIfNullOrEmpty(valuePrefix);
        var index = Enum.Parse<IndexName>(this.GetPrimaryKeyString());
        return store.PageByListPrefixAsync(IseKeys.IndexBucketsOfValuePrefix(index, valuePrefix), after, Math.Clamp(first, 0, MaxPageSize));
    }
}
