using System.Diagnostics.Metrics;
using Ise.Effects;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ise.Journal;

/// <summary>
/// The outbox of every journaled grain of the silo is the journal read forward: after each commit,
/// this delivers the batch's effects to their receivers, one call per receiver for that batch (or
/// for several consecutive batches), in batch order per receiver. A receiver applies a journal
/// writer's sequences once (its ledger is per writer), and a writer's cursor advances past a batch
/// once every receiver of it has acknowledged. A receiver that keeps failing is retried with
/// backoff without holding up the others.
///
/// It also delivers what dead silos left: their writers are taken over (fencing them), their
/// batches after the stored cursor read back from the journal, their effects derived again from
/// the rows, delivered, and the writer retired. A batch whose commit failed in a way that may have
/// stored it (in doubt) is looked up in the journal before the batches after it are delivered.
/// </summary>
public sealed partial class EffectDispatcher : ICommittedBatches, IAsyncDisposable
{
    private const int BatchesReadAtOnce = 16;
    private const int MaxPendingBatchesWhileRecovering = 64;
    private static readonly TimeSpan s_recoveryPoll = TimeSpan.FromMilliseconds(50);

    private readonly IGrainFactory _grains;
    private readonly IJournalStore _store;
    private readonly JournalEventDecoder _decoder;
    private readonly IWriterLiveness _liveness;
    private readonly EffectDispatcherOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EffectDispatcher> _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, WriterDelivery> _writers = new(StringComparer.Ordinal);
    private readonly Dictionary<(EffectTarget, string), ReceiverQueue> _receivers = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Counter<long> _delivered;
    private readonly UpDownCounter<long> _callsInFlight;
    private readonly SemaphoreSlim _callSlots;
    private string? _ownWriter;
    private bool _started;
    private Task _cursorLoop = Task.CompletedTask;
    private Task _recoveryLoop = Task.CompletedTask;

    public EffectDispatcher(
        IGrainFactory grains,
        IJournalStore store,
        JournalEventDecoder decoder,
        IWriterLiveness liveness,
        IOptions<EffectDispatcherOptions> options,
        TimeProvider time,
        IMeterFactory meters,
        ILogger<EffectDispatcher> logger)
    {
        _grains = grains;
        _store = store;
        _decoder = decoder;
        _liveness = liveness;
        _options = options.Value;
        _time = time;
        _logger = logger;
        var meter = meters.Create(JournalWriterMetrics.MeterName);
        _delivered = meter.CreateCounter<long>("ise.journal.effects.delivered", "{effect}", "Effects delivered to their receivers");
        _callsInFlight = meter.CreateUpDownCounter<long>("ise.journal.dispatch.calls", "{call}", "Calls to receivers in flight");
        _callSlots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentCalls));
        meter.CreateObservableGauge("ise.journal.dispatch.lag", () => Lag.TotalSeconds, "s", "Age of the oldest committed batch not yet delivered to all of its receivers");
    }

    /// <summary>How long the oldest committed batch not yet delivered to all of its receivers has waited (zero when none waits).</summary>
    public TimeSpan Lag
    {
        get
        {
            lock (_lock)
            {
                var oldest = _writers.Values.Select(w => w.OldestPendingAt).Where(at => at is not null).Min();
                return oldest is { } at ? _time.GetUtcNow() - at : TimeSpan.Zero;
            }
        }
    }

    /// <summary>Committed batches not yet delivered to all of their receivers.</summary>
    public int PendingBatches => Pending();

    /// <summary>Receivers whose last delivery failed (retried with backoff).</summary>
    public int ParkedReceivers
    {
        get
        {
            lock (_lock)
            {
                return _receivers.Values.Count(r => r.Failures > 0);
            }
        }
    }

    /// <summary>Starts delivering, as the silo whose own writer is <paramref name="ownWriter"/>, and starts looking for dead silos' writers.</summary>
    public Task StartAsync(string ownWriter)
    {
        lock (_lock)
        {
            _ownWriter = ownWriter;
            _started = true;
            foreach (var queue in _receivers.Values)
            {
                Kick(queue);
            }
        }

        _cursorLoop = Task.Run(() => RepeatAsync(_options.CursorInterval, StoreCursorsAsync));
        _recoveryLoop = Task.Run(() => RepeatAsync(_options.RecoveryInterval, RecoverDeadWritersAsync));
        return Task.CompletedTask;
    }

    /// <summary>Delivers for up to <see cref="EffectDispatcherOptions.DrainTimeout"/>, stores the cursors, and stops.</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        var deadline = _time.GetUtcNow() + _options.DrainTimeout;
        while (_started && Lag > TimeSpan.Zero && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(s_recoveryPoll, _time);
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_cursorLoop, _recoveryLoop);
        await StoreCursorsAsync(CancellationToken.None);
        var left = Pending();
        if (left > 0)
        {
            LogLeftUndelivered(left);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    public void Committed(WriterLease lease, long batch, IReadOnlyList<JournalAppend> stored)
    {
        var effects = BatchEffects.Of(batch, stored);
        lock (_lock)
        {
            var writer = Writer(lease);
            writer.Add(batch, effects, _time.GetUtcNow());
            Release(writer);
        }
    }

    public void InDoubt(WriterLease lease, long batch)
    {
        WriterDelivery writer;
        lock (_lock)
        {
            writer = Writer(lease);
            writer.Add(batch, null, _time.GetUtcNow());
        }

        _ = Task.Run(() => ResolveInDoubtAsync(writer, batch));
    }

    private WriterDelivery Writer(WriterLease lease)
    {
        if (!_writers.TryGetValue(lease.Writer, out var writer))
        {
            _writers[lease.Writer] = writer = new WriterDelivery(lease, 0);
        }

        return writer;
    }

    private int Pending()
    {
        lock (_lock)
        {
            return _writers.Values.Sum(w => w.PendingBatches);
        }
    }

    /// <summary>Hands the batches of a writer that may go now to their receivers' queues. Under the lock.</summary>
    private void Release(WriterDelivery writer)
    {
        foreach (var (batch, run) in writer.Release())
        {
            if (!_receivers.TryGetValue((run.Target, run.Key), out var queue))
            {
                _receivers[(run.Target, run.Key)] = queue = new ReceiverQueue(run.Target, run.Key);
            }

            queue.Enqueue(writer, batch, run.Source ?? writer.Source, run.Effects);
            Kick(queue);
        }
    }

    /// <summary>Starts a receiver's delivery loop unless one runs. Under the lock.</summary>
    private void Kick(ReceiverQueue queue)
    {
        if (_started && !queue.Busy && !_stopping.IsCancellationRequested)
        {
            queue.Busy = true;
            _ = Task.Run(() => DeliverAsync(queue));
        }
    }

    private async Task DeliverAsync(ReceiverQueue queue)
    {
        while (true)
        {
            (int Parts, EffectBatch Batch) next;
            lock (_lock)
            {
                if (queue.Count == 0 || _stopping.IsCancellationRequested)
                {
                    queue.Busy = false;
                    if (queue.Count == 0)
                    {
                        _receivers.Remove((queue.Target, queue.Key));
                    }

                    return;
                }

                next = queue.Next(_options.MaxEffectsPerCall);
            }

            try
            {
                await CallAsync(queue, next.Batch);
            }
            catch (Exception ex) when (!_stopping.IsCancellationRequested)
            {
                int failures;
                lock (_lock)
                {
                    failures = ++queue.Failures;
                }

                if (failures == 1)
                {
                    LogReceiverParked(ex, queue.Target, queue.Key);
                }

                if (!await DelayAsync(Backoff(failures)))
                {
                    lock (_lock)
                    {
                        queue.Busy = false;
                    }

                    return;
                }

                continue;
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                lock (_lock)
                {
                    queue.Busy = false;
                }

                return;
            }

            _delivered.Add(next.Batch.Effects.Count);
            lock (_lock)
            {
                if (queue.Failures > 0)
                {
                    LogReceiverRecovered(queue.Target, queue.Key, queue.Failures);
                    queue.Failures = 0;
                }

                foreach (var (writer, batch) in queue.Delivered(next.Parts))
                {
                    writer.Acknowledge(batch);
                }
            }
        }
    }

    /// <summary>Calls a receiver once one of <see cref="EffectDispatcherOptions.MaxConcurrentCalls"/> slots is free.</summary>
    private async Task CallAsync(ReceiverQueue queue, EffectBatch batch)
    {
        await _callSlots.WaitAsync(_stopping.Token);
        _callsInFlight.Add(1);
        try
        {
            await EffectReceivers.Resolve(_grains, queue.Target, queue.Key).ApplyEffectsAsync(batch);
        }
        finally
        {
            _callsInFlight.Add(-1);
            _callSlots.Release();
        }
    }

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(_options.MaxBackoff.TotalMilliseconds, 100 * Math.Pow(2, Math.Min(failures, 20))));

    /// <summary>Asks the journal whether a batch whose commit failed uncertainly was stored, then lets the batches after it go.</summary>
    private async Task ResolveInDoubtAsync(WriterDelivery writer, long batch)
    {
        if (!await DelayAsync(_options.InDoubtDelay))
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await _store.FindOutcomeAsync(writer.Lease, batch, _stopping.Token);
                if (outcome == BatchOutcome.Undecided)
                {
                    throw new JournalWriteException(JournalFailure.Unavailable, $"The transaction of batch {batch} has not finished on the server yet.");
                }

                var read = outcome == BatchOutcome.Committed ? await _store.ReadBatchesAsync(writer.Lease.Writer, batch - 1, 1, _stopping.Token) : [];
                var effects = read is [var first] && first.Number == batch ? BatchEffects.Of(first, _decoder) : BatchEffects.None(batch);
                lock (_lock)
                {
                    writer.Resolve(batch, effects);
                    Release(writer);
                }

                if (effects.Effects.Count > 0)
                {
                    LogInDoubtWasStored(batch, effects.Effects.Count);
                }

                return;
            }
            catch (Exception ex) when (!_stopping.IsCancellationRequested)
            {
                if (attempt == 1)
                {
                    LogInDoubtUnresolved(ex, batch);
                }

                if (!await DelayAsync(Backoff(attempt)))
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task StoreCursorsAsync(CancellationToken cancellationToken)
    {
        List<(WriterDelivery Writer, long Through)> moved;
        lock (_lock)
        {
            moved = [.. _writers.Values.Select(w => (w, w.DeliveredThrough)).Where(p => p.DeliveredThrough > p.w.MarkedDelivered)];
        }

        foreach (var (writer, through) in moved)
        {
            try
            {
                await _store.MarkDeliveredAsync(writer.Lease, through, cancellationToken);
                lock (_lock)
                {
                    writer.MarkedDelivered = Math.Max(writer.MarkedDelivered, through);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCursorNotStored(ex, writer.Lease.Writer, through);
            }
        }
    }

    /// <summary>Takes over the writers of dead silos (and resumes those this silo took over but did not finish), delivering what they left.</summary>
    private async Task RecoverDeadWritersAsync(CancellationToken cancellationToken)
    {
        foreach (var record in await _store.ReadWritersAsync(cancellationToken))
        {
            bool inProgress;
            lock (_lock)
            {
                inProgress = _writers.ContainsKey(record.Writer);
            }

            if (inProgress || record.Writer == _ownWriter)
            {
                continue;
            }

            var lease = record.Owner == _ownWriter
                ? new WriterLease(record.Writer, record.Owner, record.Epoch)
                : _liveness.IsDead(record.Owner) ? await _store.ClaimWriterAsync(record.Writer, record.Owner, _ownWriter!, cancellationToken) : null;
            if (lease is not null)
            {
                await DeliverLeftoversAsync(lease, record.Delivered, cancellationToken);
            }
        }
    }

    private async Task DeliverLeftoversAsync(WriterLease lease, long deliveredThrough, CancellationToken cancellationToken)
    {
        var writer = new WriterDelivery(lease, deliveredThrough);
        lock (_lock)
        {
            _writers[lease.Writer] = writer;
        }

        try
        {
            var after = deliveredThrough;
            var batches = 0;
            while (true)
            {
                while (PendingOf(writer) > MaxPendingBatchesWhileRecovering)
                {
                    await Task.Delay(s_recoveryPoll, _time, cancellationToken);
                }

                var read = await _store.ReadBatchesAsync(lease.Writer, after, BatchesReadAtOnce, cancellationToken);
                if (read.Count == 0)
                {
                    break;
                }

                foreach (var rows in read)
                {
                    var effects = BatchEffects.Of(rows, _decoder);
                    lock (_lock)
                    {
                        writer.Add(rows.Number, effects, _time.GetUtcNow());
                        Release(writer);
                    }

                    after = rows.Number;
                    batches++;
                }
            }

            while (PendingOf(writer) > 0)
            {
                await Task.Delay(s_recoveryPoll, _time, cancellationToken);
            }

            await _store.MarkDeliveredAsync(lease, after, cancellationToken);
            await _store.RetireWriterAsync(lease, cancellationToken);
            LogWriterRetired(lease.Writer, batches);
        }
        finally
        {
            lock (_lock)
            {
                // A writer left unfinished is resumed by the next pass from its stored cursor (this
                // silo owns it now); receivers drop what they are given twice.
                _writers.Remove(lease.Writer);
            }
        }
    }

    private int PendingOf(WriterDelivery writer)
    {
        lock (_lock)
        {
            return writer.PendingBatches;
        }
    }

    private async Task RepeatAsync(TimeSpan interval, Func<CancellationToken, Task> work)
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await work(token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(ex, work.Method.Name);
            }

            if (!await DelayAsync(interval))
            {
                return;
            }
        }
    }

    /// <summary>Waits, unless the dispatcher stops first (then false).</summary>
    private async Task<bool> DelayAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _time, _stopping.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Effects for {Target} {Key} could not be delivered; retrying with backoff")]
    private partial void LogReceiverParked(Exception exception, EffectTarget target, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Effects for {Target} {Key} delivered again after {Failures} failed attempts")]
    private partial void LogReceiverRecovered(EffectTarget target, string key, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not yet find out whether journal batch {Batch} was stored; asking again")]
    private partial void LogInDoubtUnresolved(Exception exception, long batch);

    [LoggerMessage(Level = LogLevel.Information, Message = "Journal batch {Batch}, whose commit seemed to fail, was stored: delivering its {Effects} effects")]
    private partial void LogInDoubtWasStored(long batch, int effects);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The delivery cursor of writer {Writer} could not be stored at batch {Batch}; it will be stored later")]
    private partial void LogCursorNotStored(Exception exception, string writer, long batch);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered what writer {Writer} left ({Batches} batches) and retired it")]
    private partial void LogWriterRetired(string writer, int batches);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Effect dispatcher pass {Pass} failed; it runs again shortly")]
    private partial void LogPassFailed(Exception exception, string pass);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping with {Batches} journal batches not yet delivered: the silo that takes this writer over delivers them")]
    private partial void LogLeftUndelivered(int batches);
}
