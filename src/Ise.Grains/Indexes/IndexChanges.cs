using Ise.Effects;

namespace Ise.Indexes;

/// <summary>
/// Compares the lists a member belonged to before a change with those after it, and puts the
/// differences into the outbox: removals from lists it left, additions to lists it joined.
/// </summary>
public static class IndexChanges
{
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
