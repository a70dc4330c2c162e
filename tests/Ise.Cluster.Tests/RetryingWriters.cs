using System.Collections.Concurrent;
using Ise.Errors;

namespace Ise.Cluster.Tests;

/// <summary>
/// Callers working through writes as doors and partners do: each write is tried until it is taken,
/// again after a short pause whenever it is refused retryably. What happened is kept for the test:
/// the writes acknowledged, every retryable refusal, and any other failure (which a test asserts away).
/// Writes are added while the callers run; they stop once <see cref="CompleteAdding"/> was called and
/// every write was taken.
/// </summary>
public sealed class RetryingWriters
{
    private static readonly TimeSpan s_retryPause = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentQueue<(string Key, Func<Task> Write)> _queue = new();
    private readonly ConcurrentDictionary<string, bool> _acknowledged = new(StringComparer.Ordinal);
    private int _pending;
    private volatile bool _addingCompleted;

    public IReadOnlyCollection<string> Acknowledged => [.. _acknowledged.Keys];

    public int AcknowledgedCount => _acknowledged.Count;

    public ConcurrentQueue<Exception> Refusals { get; } = new();

    public ConcurrentQueue<Exception> UnexpectedFailures { get; } = new();

    public void Add(IEnumerable<(string Key, Func<Task> Write)> writes)
    {
        foreach (var write in writes)
        {
            Interlocked.Increment(ref _pending);
            _queue.Enqueue(write);
        }
    }

    public void CompleteAdding() => _addingCompleted = true;

    /// <summary>Runs <paramref name="callers"/> callers until every write is taken, failing after <paramref name="timeout"/>.</summary>
    public async Task RunAsync(int callers, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => CallAsync(deadline.Token))));
        if (Volatile.Read(ref _pending) > 0)
        {
            throw new TimeoutException($"{_pending} writes were still not taken after {timeout.TotalSeconds:0}s.");
        }
    }

    private async Task CallAsync(CancellationToken deadline)
    {
        while (!deadline.IsCancellationRequested && (!_addingCompleted || Volatile.Read(ref _pending) > 0))
        {
            if (!_queue.TryDequeue(out var write))
            {
                await Task.Delay(s_retryPause, CancellationToken.None);
                continue;
            }

            try
            {
                await write.Write();
                _acknowledged[write.Key] = true;
                Interlocked.Decrement(ref _pending);
                continue;
            }
            catch (IseException refusal) when (refusal.Code == IseErrorCode.Unavailable)
            {
                Refusals.Enqueue(refusal);
            }
            catch (Exception failure)
            {
                UnexpectedFailures.Enqueue(failure);
            }

            await Task.Delay(s_retryPause, CancellationToken.None);
            _queue.Enqueue(write);
        }
    }
}
