namespace Ise.Indicators;

/// <summary>
/// The difference between what a subject has been credited for and what it should be: new credits
/// (+1), withdrawn ones (−1), and moved ones (−1 for the old, +1 for the new).
/// </summary>
public static class IndicatorLedger
{
    public static IReadOnlyList<IndicatorChange> Diff(IReadOnlyDictionary<string, IndicatorCredit> credited, IReadOnlyDictionary<string, IndicatorCredit> wanted)
    {
        var changes = new List<IndicatorChange>();
        foreach (var (key, old) in credited.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!wanted.TryGetValue(key, out var now) || !now.SameAs(old))
            {
                changes.Add(new IndicatorChange(old, -1));
            }
        }

        foreach (var (key, now) in wanted.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!credited.TryGetValue(key, out var old) || !now.SameAs(old))
            {
                changes.Add(new IndicatorChange(now, +1));
            }
        }

        return changes;
    }

    /// <summary>Books <paramref name="changes"/> (as <see cref="Diff"/> orders them: withdrawals before additions, so a moved credit ends as its new form).</summary>
    public static void Apply(IDictionary<string, IndicatorCredit> credited, IEnumerable<IndicatorChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Delta < 0)
            {
                credited.Remove(change.Credit.Key);
            }
            else
            {
                credited[change.Credit.Key] = change.Credit;
            }
        }
    }

    /// <summary>
    /// The effects that carry <paramref name="changes"/> to the counter buckets: one per period of
    /// every kind the changed credits fall in, addressed to the subject's bucket of that period.
    /// </summary>
    public static IReadOnlyList<(string BucketKey, Ise.Effects.IndicatorCreditsEffect Effect)> Route(
        string subjectId, string subjectName, DateOnly bookedOn, IReadOnlyList<IndicatorChange> changes)
    {
        var routed = new List<(string, Ise.Effects.IndicatorCreditsEffect)>();
        foreach (var kind in ReportingPeriod.Kinds)
        {
            foreach (var group in changes.GroupBy(c => ReportingPeriod.Of(kind, c.Credit.Date).Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                routed.Add((IseKeys.IndicatorBucketOf(group.Key, subjectId),
                    new Ise.Effects.IndicatorCreditsEffect(subjectId, subjectName, bookedOn, Adjustment: false, [.. group])));
            }
        }

        return routed;
    }
}
