using System.Collections.Concurrent;

namespace Ise.Gateway.Tests;

/// <summary>Counts grain calls by method name, as an Orleans outgoing call filter sees them.</summary>
public sealed class GrainCallCounter : IOutgoingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int this[string method] => _calls.GetValueOrDefault(method);

    public void Reset() => _calls.Clear();

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        _calls.AddOrUpdate(context.InterfaceMethod.Name, 1, (_, n) => n + 1);
        return context.Invoke();
    }
}
