using Ise.Effects;

namespace Ise.Indexes;

/// <summary>
/// Compares the lists a member belonged to before a change with those after it, and puts the
/// differences into the outbox: removals from lists it left, additions to lists it joined. (A
/// journaled member keeps the buckets it is in and names its changes in its events instead.)
/// </summary>
public static class IndexChanges
{
    /// <summary>The index buckets that hold <paramref name="member"/> when it is in <paramref name="lists"/>.</summary>
    public static IReadOnlySet<string> BucketsOf(string member, IEnumerable<IndexEntry> lists)
    {
        var bucket = StableHash.Bucket(member, IseKeys.IndexBucketCount);
        return lists.Select(l => IseKeys.IndexBucket(l.Index, l.Value, bucket)).ToHashSet(StringComparer.Ordinal);
    }

    public static void Record(OutboxState outbox, string member, IReadOnlySet<IndexEntry> before, IReadOnlySet<IndexEntry> after)
    {
        var bucket = StableHash.Bucket(member, IseKeys.IndexBucketCount);
        foreach (var left in before.Except(after))
        {
            outbox.Add(EffectTarget.Index, IseKeys.IndexBucket(left.Index, left.Value, bucket), new IndexMembershipEffect(member, Present: false));
        }

        foreach (var joined in after.Except(before))
        {
            outbox.Add(EffectTarget.Index, IseKeys.IndexBucket(joined.Index, joined.Value, bucket), new IndexMembershipEffect(member, Present: true));
        }
    }
}
