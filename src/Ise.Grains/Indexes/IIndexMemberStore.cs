namespace Ise.Indexes;

/// <summary>
/// Index lists as rows, one per (list, member): a change is applied only when it is newer than the
/// member's row (so a change delivered again or late changes nothing), and a member that leaves keeps
/// a tombstone with the version of its removal. The dedupe of deliveries is the store's: the lists
/// keep nothing per sender. PostgreSQL in cluster mode (migration 0007), in memory otherwise.
/// </summary>
public interface IIndexMemberStore
{
    Task ApplyAsync(IReadOnlyList<IndexMemberChange> changes, CancellationToken cancellationToken = default);

    /// <summary>Members of <paramref name="list"/> after <paramref name="after"/> (exclusive; null for the start) in ordinal order, at most <paramref name="first"/>, with the list's size.</summary>
    Task<IndexPage> PageAsync(string list, string? after, int first, CancellationToken cancellationToken = default);

    /// <summary>
    /// Members of every list whose key begins with <paramref name="listPrefix"/> (<see cref="ListPrefixRange"/>), after
    /// <paramref name="after"/> (exclusive; null for the start) in (list, member) ordinal order, at most <paramref name="first"/>:
    /// one range read, without counting.
    /// </summary>
    Task<IndexRowPage> PageByListPrefixAsync(string listPrefix, IndexRow? after, int first, CancellationToken cancellationToken = default);
}
