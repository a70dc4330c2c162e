namespace Ise.Indexes;

/// <summary>The index buckets a member is in when it is in some lists (<see cref="IndexListChanges"/> compares two such sets).</summary>
public static class IndexChanges
{
    /// <summary>The index buckets that hold <paramref name="member"/> when it is in <paramref name="lists"/>.</summary>
    public static IReadOnlySet<string> BucketsOf(string member, IEnumerable<IndexEntry> lists)
    {
        var bucket = StableHash.Bucket(member, IseKeys.IndexBucketCount);
        return lists.Select(l => IseKeys.IndexBucket(l.Index, l.Value, bucket)).ToHashSet(StringComparer.Ordinal);
    }
}
