namespace Ise.Indicators;

/// <summary>A reporting period (key: its <see cref="ReportingPeriod.Key"/>): frozen by the secretariat once reported.</summary>
public interface IIndicatorPeriodGrain : IGrainWithStringKey
{
    Task<PeriodStatus> GetAsync();

    /// <summary>Freezes an ended month, quarter or year: its figures never change afterwards (again: no change).</summary>
    Task<PeriodStatus> FreezeAsync(string actor);
}
