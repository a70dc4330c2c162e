namespace Ise.Gateway.Live;

/// <summary>
/// One watched grain (an event's statistics or a cluster) in this gateway process: one Orleans
/// observer for all the connections watching it, renewed by <see cref="LiveSubscriptionRenewer"/>,
/// forwarding each notification to the SignalR group <see cref="Group"/>. A notification whose
/// previous sequence is beyond the last one forwarded means one was missed (or the grain was
/// reactivated elsewhere): the group gets a fresh snapshot instead of the delta.
/// </summary>
#pragma warning disable CA1001 // The semaphore never creates its wait handle (only WaitAsync is used): nothing to dispose.
public abstract class LiveSource(string group, ILogger logger)
#pragma warning restore CA1001
{
    private readonly SemaphoreSlim _forwarding = new(1, 1);
    private long _forwarded;
    private Task? _started;

    /// <summary>The SignalR group: <c>event:{id}</c> or <c>cluster:{sector}</c>.</summary>
    public string Group { get; } = group;

    /// <summary>Connections of this process in the group (guarded by <see cref="LiveSubscriptions"/>).</summary>
    internal HashSet<string> Connections { get; } = [];

    /// <summary>Subscribes once and reads the sequence deltas continue from; joiners wait for it.</summary>
    public Task StartAsync()
    {
        lock (Connections)
        {
            if (_started is null || _started.IsFaulted)
            {
                _started = StartOnceAsync();
            }

            return _started;
        }
    }

    /// <summary>
    /// Subscribes to the grain, or renews the subscription before it expires: false when the grain's
    /// activation did not know this watcher (it was reactivated, or the subscription expired).
    /// </summary>
    public abstract Task<bool> SubscribeAsync();

    public abstract Task UnsubscribeAsync();

    /// <summary>A connection of this process left the group (<see cref="LiveSubscriptions"/>): forget what was kept for it.</summary>
    protected internal virtual void Forget(string connectionId)
    {
    }

    /// <summary>Reads the current sequence from the grain (after subscribing, so nothing falls between).</summary>
    protected abstract Task<long> CurrentSequenceAsync();

    /// <summary>Reads a fresh snapshot, sends it to the group and returns its sequence.</summary>
    protected abstract Task<long> SendSnapshotAsync();

    /// <summary>
    /// Renews the subscription and catches up: a grain reactivated on another silo does not know its watchers
    /// until this renewal, so changes it made before then were never sent. The group gets a fresh snapshot
    /// when the grain is past what was forwarded, or when its activation did not know this watcher: a
    /// sequence alone cannot tell, because an activation that failed to store a change may have notified it
    /// before going, and its successor reaches the same sequence with different figures.
    /// </summary>
    public async Task RenewAsync()
    {
        var known = await SubscribeAsync();
        var current = await CurrentSequenceAsync();
        await _forwarding.WaitAsync();
        try
        {
            if (current > _forwarded || !known)
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{Group}: changes unheard since {Forwarded} (now {Current}) or a new activation, sending a fresh snapshot", Group, _forwarded, current);
                }

                _forwarded = Math.Max(current, await SendSnapshotAsync());
            }
        }
        finally
        {
            _forwarding.Release();
        }
    }

    /// <summary>Forwards a notification in order: a delta when it follows on, a snapshot after a gap, nothing when stale.</summary>
    protected async Task ForwardAsync(long previous, long sequence, Func<Task> sendDelta)
    {
        await _forwarding.WaitAsync();
        try
        {
            if (sequence <= _forwarded)
            {
                return;
            }

            if (previous > _forwarded)
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{Group}: sequence gap ({Forwarded} to {Previous}), sending a fresh snapshot", Group, _forwarded, previous);
                }

                _forwarded = Math.Max(sequence, await SendSnapshotAsync());
                return;
            }

            _forwarded = sequence;
            await sendDelta();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "{Group}: could not forward a live update", Group);
        }
        finally
        {
            _forwarding.Release();
        }
    }

    private async Task StartOnceAsync()
    {
        await SubscribeAsync();
        var current = await CurrentSequenceAsync();
        await _forwarding.WaitAsync();
        try
        {
            _forwarded = Math.Max(_forwarded, current);
        }
        finally
        {
            _forwarding.Release();
        }
    }
}
