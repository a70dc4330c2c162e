using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Ise.Journal;

/// <summary>
/// Turns the events and state of one journaled grain type into journal rows and snapshots and
/// back: System.Text.Json with the platform's options, the event's Orleans alias as its stored
/// kind (never a .NET type name). A row or snapshot in a format or of a kind this build does not
/// know is refused with a message naming it.
/// </summary>
public sealed class JournalCodec<TState, TEvent>
    where TState : class, new()
    where TEvent : class, IJournalEvent
{
    private static readonly FrozenDictionary<string, Type> TypeOfKind = typeof(TEvent).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(TEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(KindOf, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> KindOfType = TypeOfKind.ToFrozenDictionary(p => p.Value, p => p.Key);

    private readonly JsonSerializerOptions _options;

    public JournalCodec(JsonSerializerOptions options) => _options = options;

    public JournalRow Row(string stream, long version, TEvent @event) => new(
        stream,
        version,
        @event.EventId,
        KindOfType[@event.GetType()],
        @event.Subject,
        JsonSerializer.SerializeToUtf8Bytes(@event, @event.GetType(), _options),
        JournalFormats.SystemTextJson,
        @event.At);

    public TEvent Event(JournalRow row)
    {
        EnsureKnown(row.Format, $"event {row.Version} of '{row.Stream}'");
        if (!TypeOfKind.TryGetValue(row.Kind, out var type))
        {
            throw new JournalFormatException($"Event {row.Version} of '{row.Stream}' is of kind '{row.Kind}', which this build does not know: refusing to activate.");
        }

        return (TEvent)(JsonSerializer.Deserialize(row.Payload.Span, type, _options)
            ?? throw new JournalFormatException($"Event {row.Version} of '{row.Stream}' is empty."));
    }

    public JournalSnapshot Snapshot(string stream, long version, TState state) =>
        new(stream, version, JournalFormats.SystemTextJson, JsonSerializer.SerializeToUtf8Bytes(state, _options));

    public TState State(JournalSnapshot snapshot)
    {
        EnsureKnown(snapshot.Format, $"the snapshot of '{snapshot.Stream}' at {snapshot.Version}");
        return JsonSerializer.Deserialize<TState>(snapshot.Payload.Span, _options)
            ?? throw new JournalFormatException($"The snapshot of '{snapshot.Stream}' at {snapshot.Version} is empty.");
    }

    /// <summary>A copy of the state, independent of the original (through its stored form).</summary>
    public TState Copy(TState state) =>
        JsonSerializer.Deserialize<TState>(JsonSerializer.SerializeToUtf8Bytes(state, _options), _options)!;

    private static void EnsureKnown(short format, string what)
    {
        if (format != JournalFormats.SystemTextJson)
        {
            throw new JournalFormatException($"{what} is stored in format {format}, which this build does not read: refusing to activate.");
        }
    }

    private static string KindOf(Type type) => type.GetCustomAttribute<AliasAttribute>()?.Alias
        ?? throw new InvalidOperationException($"Journal event {type.Name} has no [Alias]: its stored kind must not be a .NET type name.");
}
