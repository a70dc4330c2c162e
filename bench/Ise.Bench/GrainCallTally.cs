using System.Collections.Concurrent;

namespace Ise.Bench;

/// <summary>
/// Counts grain calls by interface method as an Orleans outgoing call filter sees them (the idea of
/// the gateway tests' counter), with a snapshot taken around one request.
/// </summary>
public sealed class GrainCallTally : IOutgoingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_calls, StringComparer.Ordinal);

    /// <summary>Calls of <paramref name="method"/> made between two snapshots.</summary>
    public static long Between(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, string method) =>
        after.GetValueOrDefault(method) - before.GetValueOrDefault(method);

    /// <summary>All calls made between two snapshots.</summary>
    public static long TotalBetween(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Values.Sum() - before.Values.Sum();

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        _calls.AddOrUpdate(context.InterfaceMethod.Name, 1, (_, n) => n + 1);
        return context.Invoke();
    }
}
