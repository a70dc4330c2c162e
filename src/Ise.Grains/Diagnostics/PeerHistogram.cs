namespace Ise.Diagnostics;

/// <summary>
/// Counts of scores (tenths of a percent) for one axis or dimension of a peer group. The median is
/// exact from the counts: the middle value, or the mean of the two middle values for an even count.
/// Bounded: at most 1,001 distinct values however many SMEs it holds.
/// </summary>
[GenerateSerializer, Alias("ise.peer-histogram")]
public sealed class PeerHistogram
{
    [Id(0)]
    public Dictionary<int, int> Counts { get; set; } = [];

    public int Total => Counts.Values.Sum();

    public void Add(int tenths) => Counts[tenths] = Counts.GetValueOrDefault(tenths) + 1;

    public void Remove(int tenths)
    {
        if (Counts.TryGetValue(tenths, out var count))
        {
            if (count <= 1)
            {
                Counts.Remove(tenths);
            }
            else
            {
                Counts[tenths] = count - 1;
            }
        }
    }

    /// <summary>The median as a percentage, or null when empty.</summary>
    public decimal? Median()
    {
        var total = Total;
        if (total == 0)
        {
            return null;
        }

        int? lower = null;
        var seen = 0;
        foreach (var (value, count) in Counts.OrderBy(c => c.Key))
        {
            seen += count;
            if (total % 2 == 1 && seen > total / 2)
            {
                return value / 10m;
            }

            if (total % 2 == 0)
            {
                if (lower is null && seen >= total / 2)
                {
                    lower = value;
                }

                if (lower is not null && seen > total / 2)
                {
                    return (lower.Value + value) / 20m;
                }
            }
        }

        throw new InvalidOperationException("unreachable: the counts add up to the total");
    }
}
