using System.Collections.Concurrent;
using Ise.Errors;
using Ise.Events;

namespace Ise.Gateway.GraphQL.DataLoaders;

/// <summary>Per request: each event is fetched once however many fields and list entries ask for it.</summary>
public sealed class EventByIdDataLoader(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<EventView?>>> _loaded = new(StringComparer.Ordinal);

    public Task<EventView?> LoadAsync(string eventId) =>
        _loaded.GetOrAdd(eventId, id => new Lazy<Task<EventView?>>(() => FetchAsync(id))).Value;

    public void Forget(string eventId) => _loaded.TryRemove(eventId, out _);

    private async Task<EventView?> FetchAsync(string eventId)
    {
        if (!EventIds.IsWellFormed(eventId))
        {
            return null;
        }

        try
        {
            return await grains.GetGrain<IEventGrain>(eventId).GetAsync();
        }
        catch (IseException ex) when (ex.Code == IseErrorCode.NotFound)
        {
            return null;
        }
    }
}
