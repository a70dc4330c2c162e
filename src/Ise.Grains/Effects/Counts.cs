namespace Ise.Effects;

/// <summary>Counters by key that drop a key when its count reaches zero, so breakdowns list only what is there.</summary>
public static class Counts
{
    public static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int delta)
        where TKey : notnull
    {
        var value = counts.GetValueOrDefault(key) + delta;
        if (value <= 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = value;
        }
    }
}
