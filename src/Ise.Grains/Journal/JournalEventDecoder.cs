using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Journal;

/// <summary>
/// Reads the effects of stored rows of any journaled grain, for batches delivered after the silo
/// that committed them is gone: knows every journal event type loaded in this process by its stored
/// kind (its alias), and decodes only the kinds that cause effects.
/// </summary>
public sealed class JournalEventDecoder
{
    private readonly JsonSerializerOptions _options;
    private FrozenDictionary<string, Type> _typeOfKind = Scan();

    public JournalEventDecoder(IOptions<SystemTextJsonGrainStorageSerializerOptions> options) =>
        _options = options.Value.JsonSerializerOptions;

    /// <summary>The effects of one stored row, as <see cref="IEffectSource.Effects"/> gave them when it committed.</summary>
    public IEnumerable<AddressedEffect> EffectsOf(JournalRow row)
    {
        if (row.Format != JournalFormats.SystemTextJson)
        {
            throw new JournalFormatException($"Event {row.Version} of '{row.Stream}' is stored in format {row.Format}, which this build does not read.");
        }

        var type = TypeOf(row);
        if (!typeof(IEffectSource).IsAssignableFrom(type))
        {
            return [];
        }

        var @event = (IEffectSource?)JsonSerializer.Deserialize(row.Payload.Span, type, _options)
            ?? throw new JournalFormatException($"Event {row.Version} of '{row.Stream}' is empty.");
        return @event.Effects(row.Version);
    }

    private Type TypeOf(JournalRow row)
    {
        if (_typeOfKind.TryGetValue(row.Kind, out var type))
        {
            return type;
        }

        // An assembly of journaled grains may have loaded since the last look.
        _typeOfKind = Scan();
        return _typeOfKind.TryGetValue(row.Kind, out type)
            ? type
            : throw new JournalFormatException($"Event {row.Version} of '{row.Stream}' is of kind '{row.Kind}', which this build does not know.");
    }

    private static FrozenDictionary<string, Type> Scan() => AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => a == typeof(IJournalEvent).Assembly || (!a.IsDynamic && a.GetReferencedAssemblies().Any(r => r.Name == typeof(IJournalEvent).Assembly.GetName().Name)))
        .SelectMany(LoadableTypes)
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IJournalEvent).IsAssignableFrom(t))
        .Select(t => (Type: t, Kind: t.GetCustomAttribute<AliasAttribute>()?.Alias))
        .Where(p => p.Kind is not null)
        .ToFrozenDictionary(p => p.Kind!, p => p.Type, StringComparer.Ordinal);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }
}
