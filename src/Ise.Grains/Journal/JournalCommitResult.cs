namespace Ise.Journal;

/// <summary>
/// What a committed batch stored. Every append is stored except those of <see cref="ConflictedStreams"/>:
/// streams where another event already holds one of the appended versions (a stale activation),
/// whose rows in this batch were all left out. Rows already stored with the same event id
/// (a resubmission) count as stored, and are named in <see cref="ResubmittedEvents"/>: their effects
/// belong to the batch that first stored them.
/// </summary>
public sealed record JournalCommitResult(IReadOnlySet<string> ConflictedStreams, int RowsInserted, IReadOnlySet<Guid> ResubmittedEvents)
{
    public static JournalCommitResult Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), 0, new HashSet<Guid>());

    public int RowsResubmitted => ResubmittedEvents.Count;

    /// <summary>Whether this batch stored the append itself (not left out as stale, not stored before).</summary>
    public bool Stored(JournalAppend append) =>
        !ConflictedStreams.Contains(append.Stream) && !ResubmittedEvents.Contains(append.Rows[0].EventId);
}
