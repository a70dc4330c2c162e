namespace Ise.Indicators;

/// <summary>
/// What a figure is broken down by. Region, sector and size band are the SME's own (one cell each);
/// partner and activity kind are those of the engagements (an SME may qualify in several cells).
/// </summary>
[GenerateSerializer]
public enum IndicatorDimension
{
    Total = 0,
    Region = 1,
    Partner = 2,
    Sector = 3,
    ActivityKind = 4,
    SizeBand = 5,
}
