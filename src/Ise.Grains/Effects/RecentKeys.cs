namespace Ise.Effects;

/// <summary>
/// A bounded memory of recently applied one-shot effects (a connection counted, an event announced),
/// for receivers whose senders are unbounded: a sender that sends once or twice never needs a ledger
/// entry of its own. Redeliveries come within minutes of the original, long before a key is forgotten.
/// <see cref="Keys"/> (oldest first) is what is stored; lookups go through a set built from it when first needed.
/// </summary>
[GenerateSerializer, Alias("ise.recent-keys")]
public sealed class RecentKeys
{
    public const int Capacity = 1_000;

    // Serialized through Keys.
    [NonSerialized]
    private List<string> _keys = [];

    [NonSerialized]
    private HashSet<string>? _index;

    [Id(0)]
    public List<string> Keys
    {
        get => _keys;
        set
        {
            _keys = value;
            _index = null;
        }
    }

    private HashSet<string> Index => _index ??= new HashSet<string>(_keys, StringComparer.Ordinal);

    public bool Contains(string key) => Index.Contains(key);

    /// <summary>True the first time a key is seen (and remembers it); false for a repeat.</summary>
    public bool TryAdd(string key)
    {
        if (!Index.Add(key))
        {
            return false;
        }

        _keys.Add(key);
        if (_keys.Count > Capacity)
        {
            Index.Remove(_keys[0]);
            _keys.RemoveAt(0);
        }

        return true;
    }
}
