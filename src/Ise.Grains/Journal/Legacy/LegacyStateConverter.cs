using System.Text.Json;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Journal;

/// <summary>
/// The common part of moving a whole-state row into its grain's journal: the row read in its old shape
/// (<typeparamref name="TLegacy"/>), one first event made of it, stored as version 1 of the stream with
/// the effects it causes (the old outbox's undelivered entries).
/// </summary>
internal abstract class LegacyStateConverter<TLegacy, TState, TEvent>(IOptions<SystemTextJsonGrainStorageSerializerOptions> options) : ILegacyStateConverter
    where TState : class, new()
    where TEvent : class, IJournalEvent
{
    private readonly JsonSerializerOptions _json = options.Value.JsonSerializerOptions;

    public abstract string StateName { get; }

    public abstract string GrainType { get; }

    public JournalAppend Convert(string key, ReadOnlyMemory<byte> state, DateTimeOffset now)
    {
        var legacy = JsonSerializer.Deserialize<TLegacy>(state.Span, _json)
            ?? throw new JournalFormatException($"The stored {StateName} state of {key} is empty.");
        var stream = StreamOf(key);
        var first = FirstEvent(key, legacy, LegacyStateMigration.EventIdOf(stream), now);
        var codec = new JournalCodec<TState, TEvent>(_json);
        return new JournalAppend(stream, [codec.Row(stream, 1, first)], null, first is IEffectSource source ? [.. source.Effects(1)] : []);
    }

    /// <summary>The journal stream of the grain with this key.</summary>
    protected abstract string StreamOf(string key);

    /// <summary>The first event of the stream, holding the old state, with the event id given (fixed per stream).</summary>
    protected abstract TEvent FirstEvent(string key, TLegacy legacy, Guid eventId, DateTimeOffset now);
}
