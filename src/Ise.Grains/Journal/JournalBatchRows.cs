namespace Ise.Journal;

/// <summary>The rows one committed batch of a writer stored, in stream and version order.</summary>
public sealed record JournalBatchRows(long Number, IReadOnlyList<JournalRow> Rows);
