using System.Collections.Concurrent;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.DataLoaders;

/// <summary>
/// Per request: each SME is fetched once, with its journey, however many fields and list entries
/// ask for it; concurrent requests for different SMEs go out together.
/// </summary>
public sealed class SmeByIdDataLoader(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SmeDetails?>>> _loaded = new(StringComparer.Ordinal);

    public Task<SmeDetails?> LoadAsync(string smeId) =>
        _loaded.GetOrAdd(smeId, id => new Lazy<Task<SmeDetails?>>(() => grains.GetGrain<ISmeGrain>(id).FindDetailsAsync())).Value;

    /// <summary>After a mutation changed it: the next load fetches it again.</summary>
    public void Forget(string smeId) => _loaded.TryRemove(smeId, out _);
}
