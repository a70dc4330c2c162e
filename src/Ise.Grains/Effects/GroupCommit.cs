namespace Ise.Effects;

/// <summary>
/// Group commit for a reentrant grain that many senders write to (index and counter buckets): each
/// caller changes the state in synchronous code, then awaits <see cref="CommitAsync"/>; callers that
/// arrive while a write is in flight share the next single write, so a bucket writes its state once
/// per write latency instead of once per delivery.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>One write at a time; a caller is answered only after a write that started after its change completed.</item>
/// <item>A failed write fails its callers and everyone queued behind it, and marks the activation
/// failed (<paramref name="onFailure"/>, the grain's DeactivateOnIdle): memory is ahead of storage, so
/// every later call is refused until the activation is replaced and reads the stored state again.
/// Senders retry and the receiver's ledger drops what a later write did store.</item>
/// <item>A duplicate delivery changes nothing but still waits (<see cref="DurableAsync"/>) until what
/// memory holds is durable, so it is never confirmed ahead of the write that stores it.</item>
/// </list>
/// Not thread-safe: it relies on the grain's single-threaded turns.
/// </remarks>
public sealed class GroupCommit(Func<Task> write, Action onFailure)
{
    private TaskCompletionSource? _queued;
    private bool _writing;
    private Exception? _failure;

    /// <summary>Refuses the call when an earlier write failed; call before changing the state.</summary>
    public void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new InvalidOperationException("An earlier write of this grain failed; it is being reactivated from storage. Retry.", _failure);
        }
    }

    /// <summary>Completes when a write that started after this call is durable.</summary>
    public Task CommitAsync()
    {
        ThrowIfFailed();
        var queued = _queued ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_writing)
        {
            _writing = true;
            _ = WriteQueuedAsync();
        }

        return queued.Task;
    }

    /// <summary>Completes when everything memory holds now is durable: at once when no write is in flight.</summary>
    public Task DurableAsync()
    {
        ThrowIfFailed();
        return _writing ? CommitAsync() : Task.CompletedTask;
    }

    private async Task WriteQueuedAsync()
    {
        try
        {
            while (_queued is { } batch)
            {
                _queued = null;
                if (_failure is not null)
                {
                    batch.TrySetException(_failure);
                    continue;
                }

                try
                {
                    await write();
                    batch.TrySetResult();
                }
                catch (Exception ex)
                {
                    _failure = ex;
                    onFailure();
                    batch.TrySetException(ex);
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
