namespace Ise.Indicators;

/// <summary>The reporting periods: calendar month, quarter and year, and the whole programme.</summary>
[GenerateSerializer]
public enum PeriodKind
{
    Month = 0,
    Quarter = 1,
    Year = 2,
    Programme = 3,
}
