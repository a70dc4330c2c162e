using System.Collections.Concurrent;

namespace Ise.Bench;

/// <summary>What the soak's callers did, counted as they go, and the first few failures' messages.</summary>
public sealed class SoakTally
{
    private const int FailuresKept = 5;
    private readonly ConcurrentQueue<string> _firstFailures = new();
    private long _checkIns;
    private long _undone;
    private long _queries;
    private long _imports;
    private long _failures;

    public long CheckIns => Interlocked.Read(ref _checkIns);

    public long Undone => Interlocked.Read(ref _undone);

    public long Queries => Interlocked.Read(ref _queries);

    public long Imports => Interlocked.Read(ref _imports);

    public long Failures => Interlocked.Read(ref _failures);

    public IReadOnlyCollection<string> FirstFailures => [.. _firstFailures];

    public void CheckedIn() => Interlocked.Increment(ref _checkIns);

    public void UndidOne() => Interlocked.Increment(ref _undone);

    public void Queried() => Interlocked.Increment(ref _queries);

    public void Imported() => Interlocked.Increment(ref _imports);

    public void Failed(string why)
    {
        if (Interlocked.Increment(ref _failures) <= FailuresKept)
        {
            _firstFailures.Enqueue(why);
        }
    }

    /// <summary>Sends a request; a failure (an error answer, a refused or lost request) is counted and gives null.</summary>
    public async Task<T?> TryAsync<T>(Func<Task<T>> request)
        where T : class
    {
        try
        {
            return await request();
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            Failed(e.Message.Length > 300 ? e.Message[..300] : e.Message);
            return null;
        }
    }
}
