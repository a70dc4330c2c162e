namespace Ise.Journal;

/// <summary>
/// The right to commit under a writer id: held by <see cref="Owner"/> (the silo incarnation that
/// created the writer, or the one that took it over) for as long as the stored epoch is still
/// <see cref="Epoch"/>.
/// </summary>
public sealed record WriterLease(string Writer, string Owner, long Epoch);
