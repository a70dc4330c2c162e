using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ise.Journal;

/// <summary>
/// The silo's one writer to the journal (group commit, once for every grain of the silo). Appends
/// queue here; a single loop takes whatever is queued (up to <see cref="JournalWriterOptions.MaxRowsPerBatch"/>
/// rows, with no added wait: the next batch forms while one commits) and stores it in one
/// transaction. Each caller's task completes only after the commit holding its change: with
/// success, or with a <see cref="JournalWriteException"/> saying why nothing of it was stored.
/// Stale activations fail alone; any other failure fails the whole batch, retryably; a fenced
/// writer refuses everything from then on. What each batch stored is handed on (<see cref="ICommittedBatches"/>)
/// before its callers are answered, so its effects are on their way by the time anyone hears of it.
/// </summary>
public sealed partial class JournalWriter : IAsyncDisposable
{
    private readonly IJournalStore _store;
    private readonly JournalWriterOptions _options;
    private readonly ILogger<JournalWriter> _logger;
    private readonly ICommittedBatches? _committed;
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new() { SingleReader = true });
    private readonly JournalWriterMetrics _metrics;
    private WriterLease? _lease;
    private Task _loop = Task.CompletedTask;
    private long _nextBatch = 1;
    private volatile JournalWriteException? _fenced;

    public JournalWriter(IJournalStore store, IOptions<JournalWriterOptions> options, IMeterFactory meters, ILogger<JournalWriter> logger, ICommittedBatches? committed = null)
    {
        _store = store;
        _committed = committed;
        _options = options.Value;
        _logger = logger;
        _metrics = new JournalWriterMetrics(meters);
    }

    /// <summary>The lease this writer commits under, once started.</summary>
    public WriterLease Lease => _lease ?? throw new InvalidOperationException("The journal writer has not started.");

    /// <summary>Rows, bytes and transactions committed so far (for the benchmark and health).</summary>
    public JournalWriterTotals Totals => _metrics.Totals;

    /// <summary>Registers this silo incarnation's writer and starts committing.</summary>
    public async Task StartAsync(string writer, string silo, CancellationToken cancellationToken = default)
    {
        _lease = await _store.RegisterWriterAsync(writer, silo, cancellationToken);
        _loop = Task.Run(CommitLoopAsync, CancellationToken.None);
    }

    /// <summary>Stores an append; completes once the transaction holding it has committed.</summary>
    public Task AppendAsync(JournalAppend append)
    {
        if (_fenced is { } fenced)
        {
            return Task.FromException(fenced);
        }

        var pending = new PendingAppend(append);
        return _queue.Writer.TryWrite(pending)
            ? pending.Committed
            : Task.FromException(new JournalWriteException(JournalFailure.Unavailable, "The silo is stopping: the journal takes no more changes; retry on another silo."));
    }

    /// <summary>Takes no more appends, commits what is queued, and stops.</summary>
    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task CommitLoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingAppend>();
        while (await reader.WaitToReadAsync())
        {
            var rows = 0;
            while (rows < _options.MaxRowsPerBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
                rows += pending.Append.Rows.Count;
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingAppend> batch)
    {
        if (_fenced is { } fenced)
        {
            batch.ForEach(p => p.Fail(fenced));
            return;
        }

        var number = _nextBatch++;
        JournalCommitResult result;
        try
        {
            result = await _store.CommitAsync(new JournalBatch(Lease, number, [.. batch.Select(p => p.Append)]));
        }
        catch (JournalWriteException ex) when (ex.Failure == JournalFailure.Fenced)
        {
            _fenced = ex;
            LogFenced(Lease.Writer, Lease.Epoch);
            batch.ForEach(p => p.Fail(ex));
            return;
        }
        catch (Exception ex)
        {
            LogBatchFailed(ex, number, batch.Count);
            _committed?.InDoubt(Lease, number);
            var failure = new JournalWriteException(JournalFailure.Unavailable, "The journal could not store the change (storage failed); nothing was stored, retry later.", ex);
            batch.ForEach(p => p.Fail(failure));
            return;
        }

        _committed?.Committed(Lease, number, [.. batch.Select(p => p.Append).Where(result.Stored)]);
        long bytes = 0;
        foreach (var pending in batch)
        {
            if (result.ConflictedStreams.Contains(pending.Append.Stream))
            {
                pending.Fail(new JournalWriteException(
                    JournalFailure.Conflict,
                    $"Stream '{pending.Append.Stream}' already holds another event at a version this activation appended: the activation is stale."));
            }
            else
            {
                bytes += pending.Append.PayloadBytes;
                pending.Succeed();
            }
        }

        _metrics.Committed(result.RowsInserted, bytes);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal batch {Batch} ({Appends} appends) failed; its callers were told to retry")]
    private partial void LogBatchFailed(Exception exception, long batch, int appends);

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal writer {Writer} was fenced at epoch {Epoch}: another silo took it over; this silo commits nothing more")]
    private partial void LogFenced(string writer, long epoch);

    /// <summary>One caller's append and the task it awaits.</summary>
    private sealed class PendingAppend(JournalAppend append)
    {
        private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public JournalAppend Append { get; } = append;

        public Task Committed => _committed.Task;

        public void Succeed() => _committed.TrySetResult();

        public void Fail(Exception exception) => _committed.TrySetException(exception);
    }
}
