namespace Ise.Indicators;

/// <summary>
/// One figure of a period: an indicator in one cell (the total or a breakdown cell), the count of
/// what first qualified in the period, and the adjustments booked in it for frozen periods.
/// </summary>
public sealed record IndicatorFigure(Indicator Indicator, IndicatorDimension Dimension, string Cell, int Count, int Adjustment)
{
    /// <summary>The value of the cell (a region, partner, sector, activity or size slug; empty for the total).</summary>
    public string Value => IndicatorCells.ValueOf(Cell);

    public int Net => Count + Adjustment;
}
