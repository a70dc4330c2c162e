namespace Ise.Journal;

/// <summary>
/// Where journaled grains keep their events and snapshots, and where each silo's writer is fenced.
/// Narrow on purpose: one PostgreSQL implementation for cluster mode, one in memory for embedded
/// mode, and room for a single-file one. Only the silo's <see cref="JournalWriter"/> commits.
/// </summary>
public interface IJournalStore
{
    /// <summary>Creates the row of a new writer (a silo incarnation), owned by that silo, at epoch 1.</summary>
    Task<WriterLease> RegisterWriterAsync(string writer, string silo, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes over the writer of a dead silo: raises its epoch so the dead one can commit nothing
    /// more. Null when <paramref name="deadOwner"/> no longer owns it (someone else claimed it first).
    /// </summary>
    Task<WriterLease?> ClaimWriterAsync(string writer, string deadOwner, string claimer, CancellationToken cancellationToken = default);

    /// <summary>Every writer that is not retired.</summary>
    Task<IReadOnlyList<WriterRecord>> ReadWritersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a batch in one transaction, if its lease still holds (else a <see cref="JournalWriteException"/> for <see cref="JournalFailure.Fenced"/>
    /// and nothing is stored). Conflicting streams are left out and named in the result; any other
    /// failure stores nothing and throws.
    /// </summary>
    Task<JournalCommitResult> CommitAsync(JournalBatch batch, CancellationToken cancellationToken = default);

    /// <summary>A stream's latest snapshot and the events after it, read together.</summary>
    Task<JournalStream> ReadStreamAsync(string stream, CancellationToken cancellationToken = default);

    /// <summary>Every row about an entity written by other streams, oldest first.</summary>
    Task<IReadOnlyList<JournalRow>> ReadSubjectAsync(string subject, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="maxBatches"/> committed batches of a writer after <paramref name="afterBatch"/>, in order.</summary>
    Task<IReadOnlyList<JournalBatchRows>> ReadBatchesAsync(string writer, long afterBatch, int maxBatches, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether a batch whose commit failed uncertainly (its answer lost) was stored. PostgreSQL asks the
    /// server about the batch's own transaction (<c>txid_status</c>), so a COMMIT still under way is
    /// <see cref="BatchOutcome.Undecided"/> rather than taken for one that failed.
    /// </summary>
    Task<BatchOutcome> FindOutcomeAsync(WriterLease lease, long batch, CancellationToken cancellationToken = default);

    /// <summary>Records that every receiver acknowledged the writer's batches up to <paramref name="batch"/>; never moves back.</summary>
    Task MarkDeliveredAsync(WriterLease lease, long batch, CancellationToken cancellationToken = default);

    /// <summary>Retires a writer whose batches are all delivered: it leaves the list of writers.</summary>
    Task RetireWriterAsync(WriterLease lease, CancellationToken cancellationToken = default);
}
