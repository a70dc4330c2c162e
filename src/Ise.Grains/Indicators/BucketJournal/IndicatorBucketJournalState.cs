using Ise.Effects;

namespace Ise.Indicators;

/// <summary>
/// A counter bucket of a period as its journal builds it: figures and adjustments by counter key, the newest evidence
/// rows (older ones are sealed into pages of <see cref="IseKeys.IndicatorEvidencePageSize"/>), and per sender the last
/// delivery applied (senders are the silos' journal writers, and the senders with an outbox from before the journal).
/// Changed only by <see cref="Apply"/>, which replay calls too.
/// </summary>
[GenerateSerializer, Alias("ise.indicator-bucket-journal-state")]
public sealed class IndicatorBucketJournalState
{
    [Id(0)]
    public bool Frozen { get; set; }

    [Id(1)]
    public Dictionary<string, int> Counts { get; set; } = new(StringComparer.Ordinal);

    [Id(2)]
    public Dictionary<string, int> Adjustments { get; set; } = new(StringComparer.Ordinal);

    [Id(3)]
    public List<IndicatorEvidence> OpenRows { get; set; } = [];

    [Id(4)]
    public long SealedPages { get; set; }

    [Id(5)]
    public Dictionary<string, long> AppliedThrough { get; set; } = new(StringComparer.Ordinal);

    public void Apply(IIndicatorBucketChange change)
    {
        switch (change)
        {
            case IndicatorBucketCarriedOver carried:
                Frozen = carried.Frozen;
                Counts = new(carried.Counts, StringComparer.Ordinal);
                Adjustments = new(carried.Adjustments, StringComparer.Ordinal);
                OpenRows = [.. carried.OpenRows];
                SealedPages = carried.SealedPages;
                AppliedThrough = new(carried.AppliedThrough, StringComparer.Ordinal);
                break;
            case IndicatorCreditsReceived received:
                foreach (var credits in received.Counted)
                {
                    Count(credits);
                }

                AppliedThrough[received.Source] = received.Through;
                break;
            case IndicatorBucketFrozen:
                Frozen = true;
                break;
            case IndicatorEvidenceSealed sealedRows:
                OpenRows.RemoveRange(0, sealedRows.Rows);
                SealedPages++;
                break;
            default:
                throw new InvalidOperationException($"A counter bucket cannot apply {change.GetType().Name}.");
        }
    }

    private void Count(IndicatorCreditsEffect credits)
    {
        var figures = credits.Adjustment ? Adjustments : Counts;
        foreach (var change in credits.Changes)
        {
            var credit = change.Credit;
            foreach (var cell in credit.Cells)
            {
                var key = IndicatorCells.CounterKey(credit.Indicator, cell);
                var value = figures.GetValueOrDefault(key) + change.Delta;
                if (value == 0)
                {
                    figures.Remove(key);
                }
                else
                {
                    figures[key] = value;
                }
            }

            OpenRows.Add(new IndicatorEvidence(credit.Indicator, credits.SubjectId, credits.SubjectName, credit.Date, credit.PartnerId,
                credit.Activity, credit.EventId, credit.Cells, change.Delta, credits.Adjustment, credits.BookedOn, credits.AdjustsPeriod));
        }
    }
}
