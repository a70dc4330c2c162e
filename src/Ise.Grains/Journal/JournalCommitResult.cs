namespace Ise.Journal;

/// <summary>
/// What a committed batch stored. Every append is stored except those of <see cref="ConflictedStreams"/>:
/// streams where another event already holds one of the appended versions (a stale activation),
/// whose rows in this batch were all left out. Rows already stored with the same event id
/// (a resubmission) count as stored.
/// </summary>
public sealed record JournalCommitResult(IReadOnlySet<string> ConflictedStreams, int RowsInserted, int RowsResubmitted)
{
    public static JournalCommitResult Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), 0, 0);
}
