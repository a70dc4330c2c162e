using System.Collections.Concurrent;
using Orleans.Storage;

namespace Ise.Hosting;

/// <summary>
/// Grain state of embedded mode, kept in this process as the serializer writes it (so what works
/// here works against PostgreSQL), with the same optimistic-concurrency rule as the ADO.NET provider:
/// a write or clear must present the ETag of the last read or write. Unlike Orleans' memory storage,
/// which keeps state in grains of its own, it does not stop with the grains: grains that write while
/// they are deactivated at shutdown still find their storage.
/// </summary>
public sealed class InProcessGrainStorage(IGrainStorageSerializer serializer) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId Grain), StoredState> _states = new();
    private long _lastETag;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_states.TryGetValue((stateName, grainId), out var stored))
        {
            grainState.State = serializer.Deserialize<T>(stored.Data);
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        var written = new StoredState(serializer.Serialize(grainState.State), NextETag());
        _states.AddOrUpdate(
            key,
            (_, expected) => expected is null ? written : throw Stale(stateName, grainId, expected, null),
            (_, current, expected) => current.ETag == expected ? written : throw Stale(stateName, grainId, expected, current.ETag),
            grainState.ETag);
        grainState.ETag = written.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        if (_states.TryGetValue(key, out var current))
        {
            if (current.ETag != grainState.ETag)
            {
                throw Stale(stateName, grainId, grainState.ETag, current.ETag);
            }

            _states.TryRemove(new KeyValuePair<(string, GrainId), StoredState>(key, current));
        }

        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private string NextETag() => Interlocked.Increment(ref _lastETag).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static InconsistentStateException Stale(string stateName, GrainId grainId, string? presented, string? stored) =>
        new($"State '{stateName}' of {grainId} was written by someone else since it was read.", stored ?? "(none)", presented ?? "(none)");

    private sealed record StoredState(BinaryData Data, string ETag);
}
