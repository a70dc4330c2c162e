using Ise.Hosting;
using Microsoft.Extensions.Logging;

namespace Ise.Effects;

/// <summary>
/// Delivers a grain's outbox: entries made durable by a completed write are sent to their receivers
/// in sequence order, grouped by receiver, and removed once confirmed. A failed delivery is retried
/// with backoff. Removals cost no write of their own: they are persisted with the grain's next write
/// or when it deactivates; after a crash the few delivered-but-still-stored entries are delivered
/// again and dropped by the receivers. A reminder, registered before the first write that adds an
/// entry, wakes the grain after a crash so nothing pending is stranded.
/// </summary>
/// <remarks>
/// Delivery runs as grain timer turns, so in a non-reentrant grain it never interleaves with a
/// request; receivers never call back into their senders, so delivery cannot deadlock. Its timers
/// end with the activation.
/// </remarks>
public sealed partial class OutboxPump
{
    public const string ReminderName = "outbox";

    private const int MaxEntriesPerRound = 512;
    private static readonly TimeSpan s_reminderPeriod = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromSeconds(30);

    private readonly Grain _grain;
    private readonly Func<OutboxState> _outbox;
    private readonly Func<Task> _persist;
    private readonly IGrainFactory _grains;
    private readonly ILogger _logger;
    private readonly string _sourceId;
    private readonly string _reminderName;
    private readonly IGrainTimer _deliveryTimer;
    private long _durableThrough;
    private long _removals;
    private long _persistedRemovals;
    private int _failures;
    private bool _delivering;
    private bool _reminderActive;
    private bool _memoryAheadOfStorage;

    /// <param name="channel">
    /// Names a second outbox of the same grain (kept in another state of it): its reminder and its
    /// sender id at the receivers (the grain's key, then <c>#</c> and the channel).
    /// </param>
    public OutboxPump(Grain grain, Func<OutboxState> outbox, Func<Task> persist, IGrainFactory grains, ILogger logger, string? channel = null)
    {
        _grain = grain;
        _outbox = outbox;
        _persist = persist;
        _grains = grains;
        _logger = logger;
        // The key alone names the sender (SME, event and bucket keys have distinct shapes) and keeps receivers' ledgers small.
        _sourceId = channel is null ? grain.GetPrimaryKeyString() : $"{grain.GetPrimaryKeyString()}#{channel}";
        _reminderName = channel is null ? ReminderName : $"{ReminderName}-{channel}";
        _deliveryTimer = grain.RegisterGrainTimer(DeliverAsync, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Entries not yet confirmed by their receivers.</summary>
    public int PendingCount => _outbox().Pending.Count;

    /// <summary>After the state was read: everything stored is durable, deliver what is pending.</summary>
    public void OnActivated()
    {
        _durableThrough = _outbox().NextSequence - 1;
        Kick();
    }

    /// <summary>Call before adding the first entry of this activation to a write: makes a crash recoverable.</summary>
    public async Task EnsureRecoverableAsync()
    {
        if (!_reminderActive)
        {
            await _grain.RegisterOrUpdateReminder(_reminderName, s_reminderPeriod, s_reminderPeriod);
            _reminderActive = true;
        }
    }

    /// <summary>
    /// Writes a non-reentrant grain's state and tells the pump what became durable. A failed write
    /// leaves memory ahead of storage, so <paramref name="onFailure"/> (the grain's DeactivateOnIdle)
    /// drops the activation and the next call reads the truth.
    /// </summary>
    public async Task WriteAsync<TState>(IPersistentState<TState> state, Action onFailure)
    {
        var mark = MarkBeforeWrite();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            _memoryAheadOfStorage = true;
            onFailure();
            throw;
        }

        Written(mark);
    }

    /// <summary>Taken just before a write: what that write will make durable.</summary>
    public WriteMark MarkBeforeWrite() => new(_outbox().NextSequence - 1, _removals);

    /// <summary>After the write of <paramref name="mark"/> completed.</summary>
    public void Written(WriteMark mark)
    {
        _durableThrough = Math.Max(_durableThrough, mark.DurableThrough);
        _persistedRemovals = Math.Max(_persistedRemovals, mark.Removals);
        Kick();
    }

    /// <summary>Whether a reminder of that name is this pump's.</summary>
    public bool Owns(string reminderName) => reminderName == _reminderName;

    public async Task OnReminderAsync()
    {
        Kick();
        if (PendingCount == 0)
        {
            await UnregisterReminderAsync();
        }
    }

    /// <summary>
    /// A graceful stop (silo shutdown, idle collection) first delivers what is pending, so nothing
    /// is left for the recovery reminder; then it persists the confirmed removals and, when nothing
    /// is pending, drops the reminder (not while the silo shuts down: the reminder service is going
    /// too, and the reminder is harmless). After a failed write the activation's memory holds
    /// changes that were refused to their callers: nothing of it is delivered or written.
    /// </summary>
    public async Task OnDeactivatingAsync(DeactivationReason reason)
    {
        if (_memoryAheadOfStorage)
        {
            return;
        }

        try
        {
            await DeliverAsync();
            if (_removals > _persistedRemovals)
            {
                await _persist();
            }

            if (PendingCount == 0 && _reminderActive && reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
            {
                await UnregisterReminderAsync();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Shutting down (storage or reminder service gone): the reminder and redelivery cover it.
            LogDeactivationTidyFailed(_logger, ex, _sourceId);
        }
    }

    private void Kick()
    {
        if (!_delivering && _outbox().Pending.Any(e => e.Sequence <= _durableThrough))
        {
            _deliveryTimer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task DeliverAsync()
    {
        if (_delivering)
        {
            return;
        }

        _delivering = true;
        try
        {
            while (true)
            {
                var deliverable = _outbox().Pending.Where(e => e.Sequence <= _durableThrough).Take(MaxEntriesPerRound).ToList();
                if (deliverable.Count == 0)
                {
                    break;
                }

                if (!await DeliverRoundAsync(deliverable))
                {
                    _failures++;
                    var backoff = TimeSpan.FromMilliseconds(Math.Min(s_maxBackoff.TotalMilliseconds, 250 * Math.Pow(2, _failures)));
                    _deliveryTimer.Change(backoff, Timeout.InfiniteTimeSpan);
                    return;
                }

                _failures = 0;
            }
        }
        finally
        {
            _delivering = false;
        }
    }

    private async Task<bool> DeliverRoundAsync(List<OutboxEntry> deliverable)
    {
        var allDelivered = true;
        foreach (var group in deliverable.GroupBy(e => (e.Target, e.TargetKey)))
        {
            var entries = group.ToList();
            try
            {
                var batch = new EffectBatch(_sourceId, [.. entries.Select(e => new EffectEnvelope(e.Sequence, e.Effect))]);
                await EffectReceivers.Resolve(_grains, group.Key.Target, group.Key.TargetKey).ApplyEffectsAsync(batch);
                _outbox().Remove(entries);
                _removals++;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                allDelivered = false;
                LogDeliveryFailed(_logger, ex, entries.Count, group.Key.Target, group.Key.TargetKey, _sourceId);
            }
        }

        return allDelivered;
    }

    private async Task UnregisterReminderAsync()
    {
        await _grain.DropReminderAsync(_reminderName);
        _reminderActive = false;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox of {Source}: tidying at deactivation failed")]
    private static partial void LogDeactivationTidyFailed(ILogger logger, Exception exception, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {Count} effect(s) to {Target} {Key} from {Source} failed; will retry")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, int count, EffectTarget target, string key, string source);
}
