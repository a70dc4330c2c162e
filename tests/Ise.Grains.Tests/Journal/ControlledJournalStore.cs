using Ise.Journal;

namespace Ise.Grains.Tests.Journal;

/// <summary>
/// The in-memory journal with a hand on its commits: a test can hold the next commit until it
/// lets it go, make one fail as storage would, and see every batch the writer sent; and on its
/// reads: hold a stream's read, and see when a subject's rows are asked for.
/// </summary>
internal sealed class ControlledJournalStore : IJournalStore
{
    private readonly InMemoryJournalStore _inner = new();
    private readonly Lock _lock = new();
    private readonly List<JournalBatch> _batches = [];
    private TaskCompletionSource? _hold;
    private TaskCompletionSource? _held;
    private Exception? _failure;
    private Exception? _lostAnswer;
    private (string Stream, Exception Failure)? _streamFailure;
    private (string Stream, TaskCompletionSource Release)? _heldRead;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _subjectReads = new(StringComparer.Ordinal);

    public InMemoryJournalStore Inner => _inner;

    public IReadOnlyList<JournalBatch> Batches
    {
        get
        {
            lock (_lock)
            {
                return [.. _batches];
            }
        }
    }

    /// <summary>A commit that arrives from now on waits until <see cref="Release"/>; the task completes when one is waiting.</summary>
    public Task HoldNextCommit()
    {
        lock (_lock)
        {
            _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return Arrived.Task;
        }
    }

    /// <summary>Lets the held commit go on.</summary>
    public void Release()
    {
        lock (_lock)
        {
            _held?.TrySetResult();
        }
    }

    /// <summary>The next commit stores nothing and throws this, as a broken connection would.</summary>
    public void FailNextCommit(Exception failure) => _failure = failure;

    /// <summary>The next commit stores its batch and then throws this, as a connection lost during COMMIT would.</summary>
    public void LoseNextCommitAnswer(Exception failure) => _lostAnswer = failure;

    /// <summary>The next commit holding an append to <paramref name="stream"/> stores nothing and throws this.</summary>
    public void FailNextCommitOf(string stream, Exception failure)
    {
        lock (_lock)
        {
            _streamFailure = (stream, failure);
        }
    }

    /// <summary>A read of <paramref name="stream"/> from now on waits until <see cref="ReleaseStreamRead"/>.</summary>
    public void HoldStreamRead(string stream)
    {
        lock (_lock)
        {
            _heldRead = (stream, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    public void ReleaseStreamRead()
    {
        lock (_lock)
        {
            _heldRead?.Release.TrySetResult();
            _heldRead = null;
        }
    }

    /// <summary>Completes once the rows about <paramref name="subject"/> have been asked for.</summary>
    public Task SubjectReadAsked(string subject) => SubjectRead(subject).Task;

    private TaskCompletionSource SubjectRead(string subject) =>
        _subjectReads.GetOrAdd(subject, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource Arrived { get; set; } = new();

    public async Task<JournalCommitResult> CommitAsync(JournalBatch batch, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource? hold;
        Exception? streamFailure = null;
        lock (_lock)
        {
            _batches.Add(batch);
            if (_streamFailure is { } target && batch.Appends.Any(a => a.Stream == target.Stream))
            {
                streamFailure = target.Failure;
                _streamFailure = null;
            }

            hold = _hold;
            _held = hold ?? _held;
            _hold = null;
        }

        if (hold is not null)
        {
            Arrived.TrySetResult();
            await hold.Task;
        }

        if ((streamFailure ?? Interlocked.Exchange(ref _failure, null)) is { } failure)
        {
            throw failure;
        }

        var result = await _inner.CommitAsync(batch, cancellationToken);
        return Interlocked.Exchange(ref _lostAnswer, null) is { } lost ? throw lost : result;
    }

    public Task<WriterLease> RegisterWriterAsync(string writer, string silo, CancellationToken cancellationToken = default) =>
        _inner.RegisterWriterAsync(writer, silo, cancellationToken);

    public Task<WriterLease?> ClaimWriterAsync(string writer, string deadOwner, string claimer, CancellationToken cancellationToken = default) =>
        _inner.ClaimWriterAsync(writer, deadOwner, claimer, cancellationToken);

    public Task<IReadOnlyList<WriterRecord>> ReadWritersAsync(CancellationToken cancellationToken = default) =>
        _inner.ReadWritersAsync(cancellationToken);

    public async Task<JournalStream> ReadStreamAsync(string stream, CancellationToken cancellationToken = default)
    {
        Task? held;
        lock (_lock)
        {
            held = _heldRead is { } read && read.Stream == stream ? read.Release.Task : null;
        }

        if (held is not null)
        {
            await held;
        }

        return await _inner.ReadStreamAsync(stream, cancellationToken);
    }

    public Task<IReadOnlyList<JournalRow>> ReadSubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        SubjectRead(subject).TrySetResult();
        return _inner.ReadSubjectAsync(subject, cancellationToken);
    }

    public Task<BatchOutcome> FindOutcomeAsync(WriterLease lease, long batch, CancellationToken cancellationToken = default) =>
        _inner.FindOutcomeAsync(lease, batch, cancellationToken);

    public Task<IReadOnlyList<JournalBatchRows>> ReadBatchesAsync(string writer, long afterBatch, int maxBatches, CancellationToken cancellationToken = default) =>
        _inner.ReadBatchesAsync(writer, afterBatch, maxBatches, cancellationToken);

    public Task MarkDeliveredAsync(WriterLease lease, long batch, CancellationToken cancellationToken = default) =>
        _inner.MarkDeliveredAsync(lease, batch, cancellationToken);

    public Task RetireWriterAsync(WriterLease lease, CancellationToken cancellationToken = default) =>
        _inner.RetireWriterAsync(lease, cancellationToken);
}
