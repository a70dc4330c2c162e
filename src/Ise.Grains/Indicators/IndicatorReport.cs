namespace Ise.Indicators;

/// <summary>The figures of one period (every indicator's total and the cells of the requested breakdown).</summary>
public sealed record IndicatorReport(ReportingPeriod Period, bool Frozen, IReadOnlyList<IndicatorFigure> Figures)
{
    public const string CellsNote =
        "An enterprise is counted once per indicator in the total and once in every breakdown cell where it qualified, so breakdown cells may add up to more than the total.";

    public IndicatorFigure? Find(Indicator indicator, string cell) =>
        Figures.FirstOrDefault(f => f.Indicator == indicator && f.Cell == cell);

    /// <summary>No-shows ÷ (no-shows + attendances that were registered), over the total; null without any.</summary>
    public double? NoShowRate
    {
        get
        {
            var noShows = Find(Indicator.NoShows, IndicatorCells.Total)?.Net ?? 0;
            var attended = (Find(Indicator.Attendances, IndicatorCells.Total)?.Net ?? 0) - (Find(Indicator.WalkIns, IndicatorCells.Total)?.Net ?? 0);
            return noShows + attended <= 0 ? null : (double)noShows / (noShows + attended);
        }
    }
}
