using Ise.Programme;
using Ise.Smes;

namespace Ise.Indicators;

/// <summary>
/// Reads a period's figures and evidence from its counter buckets (one call per bucket; nothing
/// reads SMEs). Used by the gateway's queries and exports.
/// </summary>
public sealed class IndicatorReader(IGrainFactory grains)
{
    private const int RowsPerCall = 256;

    /// <summary>The values of a breakdown, in catalogue order, so empty cells show as 0.</summary>
    public static IReadOnlyList<string> CellsOf(IndicatorDimension dimension) => dimension switch
    {
        IndicatorDimension.Total => [IndicatorCells.Total],
        IndicatorDimension.Region => [.. ProgrammeCatalog.Regions.Select(r => IndicatorCells.Region(r.Region))],
        IndicatorDimension.Partner => [.. ProgrammeCatalog.Partners.Select(p => IndicatorCells.Partner(p.Id))],
        IndicatorDimension.Sector => [.. ProgrammeCatalog.Sectors.Select(s => IndicatorCells.Sector(s.Sector))],
        IndicatorDimension.ActivityKind => [.. ProgrammeCatalog.ActivityKinds.Select(k => IndicatorCells.Activity(k.Kind))],
        IndicatorDimension.SizeBand => [.. new[] { SizeBand.Micro, SizeBand.Small, SizeBand.Medium }.Select(IndicatorCells.Size)],
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    /// <summary>Every indicator's total and, for each breakdown asked for, every cell of it.</summary>
    public async Task<IndicatorReport> ReadAsync(ReportingPeriod period, IReadOnlyCollection<IndicatorDimension> breakdowns)
    {
        var views = await Task.WhenAll(Enumerable.Range(0, IseKeys.IndicatorBucketCount)
            .Select(b => Bucket(period, b).GetAsync()));
        var cells = new[] { IndicatorDimension.Total }.Concat(breakdowns.Where(d => d != IndicatorDimension.Total)).Distinct().SelectMany(CellsOf).ToList();
        var figures = new List<IndicatorFigure>();
        foreach (var indicator in Enum.GetValues<Indicator>())
        {
            foreach (var cell in cells)
            {
                var key = IndicatorCells.CounterKey(indicator, cell);
                figures.Add(new IndicatorFigure(indicator, IndicatorCells.DimensionOf(cell), cell,
                    views.Sum(v => v.Counts.GetValueOrDefault(key)), views.Sum(v => v.Adjustments.GetValueOrDefault(key))));
            }
        }

        var status = await grains.GetGrain<IIndicatorPeriodGrain>(period.Key).GetAsync();
        return new IndicatorReport(period, status.Frozen, figures);
    }

    /// <summary>
    /// Evidence rows of the period that <paramref name="matches"/>, from <paramref name="after"/>, at
    /// most <paramref name="first"/>, bucket by bucket in the order they were recorded.
    /// </summary>
    public async Task<IndicatorEvidencePage> EvidenceAsync(ReportingPeriod period, Func<IndicatorEvidence, bool> matches, IndicatorEvidenceCursor after, int first)
    {
        var rows = new List<IndicatorEvidence>(first);
        var (bucket, row) = (after.Bucket, after.Row);
        while (bucket < IseKeys.IndicatorBucketCount)
        {
            var batch = await Bucket(period, bucket).GetEvidenceAsync(row, RowsPerCall);
            foreach (var evidence in batch)
            {
                row++;
                if (matches(evidence))
                {
                    rows.Add(evidence);
                    if (rows.Count == first)
                    {
                        return new IndicatorEvidencePage(rows, new IndicatorEvidenceCursor(bucket, row));
                    }
                }
            }

            if (batch.Count < RowsPerCall)
            {
                (bucket, row) = (bucket + 1, 0);
            }
        }

        return new IndicatorEvidencePage(rows, null);
    }

    /// <summary>All evidence rows of the period that match, page by page.</summary>
    public async IAsyncEnumerable<IndicatorEvidence> AllEvidenceAsync(ReportingPeriod period, Func<IndicatorEvidence, bool> matches)
    {
        IndicatorEvidenceCursor? cursor = IndicatorEvidenceCursor.Start;
        while (cursor is { } at)
        {
            var page = await EvidenceAsync(period, matches, at, 1000);
            foreach (var row in page.Rows)
            {
                yield return row;
            }

            cursor = page.Next;
        }
    }

    private IIndicatorBucketGrain Bucket(ReportingPeriod period, int bucket) =>
        grains.GetGrain<IIndicatorBucketGrain>(IseKeys.IndicatorBucket(period.Key, bucket));
}
