namespace Ise.Journal;

/// <summary>What a journal writer has committed since it started.</summary>
public sealed record JournalWriterTotals(long Rows, long Bytes, long Transactions);
