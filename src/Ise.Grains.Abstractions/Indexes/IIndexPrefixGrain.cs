namespace Ise.Indexes;

/// <summary>
/// Reads one index (key: the <see cref="IndexName"/>) across its lists: the members of every bucket whose
/// value begins with a prefix, in (bucket key, member) ordinal order, one range read of the store. Name
/// search reads <see cref="IndexName.SmesByNameWord"/> this way: a prefix of a word finds every word it begins.
/// </summary>
public interface IIndexPrefixGrain : IGrainWithStringKey
{
    /// <summary>
    /// Rows of the buckets whose value begins with <paramref name="valuePrefix"/> (at least one character), after
    /// <paramref name="after"/> (exclusive; null for the start), at most <paramref name="first"/>.
    /// </summary>
    Task<IndexRowPage> GetPageAsync(string valuePrefix, IndexRow? after, int first);
}
