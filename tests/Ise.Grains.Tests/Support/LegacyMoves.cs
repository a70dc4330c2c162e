using System.Text.Json;
using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Grains.Tests.Support;

/// <summary>
/// A state stored whole before the journal, moved as a silo's start moves it: written in the silo's JSON, converted
/// by its converter into one first row, and that row replayed onto a fresh journal state.
/// </summary>
public static class LegacyMoves
{
    public static (JournalAppend Append, JournalRow Row, TState State) Move<TState, TEvent>(
        IServiceProvider silo,
        Func<IOptions<SystemTextJsonGrainStorageSerializerOptions>, ILegacyStateConverter> converter,
        string key,
        object legacy,
        Action<TState, TEvent> apply)
        where TState : class, new()
        where TEvent : class, IJournalEvent
    {
        var json = silo.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>();
        var stored = JsonSerializer.SerializeToUtf8Bytes(legacy, legacy.GetType(), json.Value.JsonSerializerOptions);
        var append = converter(json).Convert(key, stored, DateTimeOffset.UnixEpoch);
        var row = Assert.Single(append.Rows);
        var state = new TState();
        apply(state, new JournalCodec<TState, TEvent>(json.Value.JsonSerializerOptions).Event(row));
        return (append, row, state);
    }
}
