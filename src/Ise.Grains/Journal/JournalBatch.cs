namespace Ise.Journal;

/// <summary>Appends of many grains that one writer commits in one transaction, numbered per writer.</summary>
public sealed record JournalBatch(WriterLease Lease, long Number, IReadOnlyList<JournalAppend> Appends);
