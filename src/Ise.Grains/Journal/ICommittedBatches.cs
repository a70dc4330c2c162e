namespace Ise.Journal;

/// <summary>
/// Told by the silo's journal writer what each batch did, in batch order: committed (with the
/// appends it stored), or in doubt (the commit failed in a way that may have stored it anyway,
/// such as a connection lost during COMMIT). Implemented by the <see cref="EffectDispatcher"/>.
/// </summary>
public interface ICommittedBatches
{
    void Committed(WriterLease lease, long batch, IReadOnlyList<JournalAppend> stored);

    void InDoubt(WriterLease lease, long batch);
}
