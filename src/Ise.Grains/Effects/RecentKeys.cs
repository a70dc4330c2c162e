namespace Ise.Effects;

/// <summary>
/// A bounded memory of recently applied one-shot effects (a connection counted, an event announced),
/// for receivers whose senders are unbounded: a sender that sends once or twice never needs a ledger
/// entry of its own. Redeliveries come within minutes of the original, long before a key is forgotten.
/// </summary>
[GenerateSerializer, Alias("ise.recent-keys")]
public sealed class RecentKeys
{
    public const int Capacity = 1_000;

    [Id(0)]
    public List<string> Keys { get; set; } = [];

    /// <summary>True the first time a key is seen (and remembers it); false for a repeat.</summary>
    public bool TryAdd(string key)
    {
        if (Keys.Contains(key))
        {
            return false;
        }

        Keys.Add(key);
        if (Keys.Count > Capacity)
        {
            Keys.RemoveAt(0);
        }

        return true;
    }
}
