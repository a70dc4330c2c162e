using Orleans.Concurrency;

namespace Ise.Events;

/// <summary>A gateway watching an event's statistics; each notification carries sequence numbers to spot gaps.</summary>
public interface IEventStatisticsObserver : IGrainObserver
{
    /// <summary>One-way: a slow or vanished gateway never holds up the statistics grain.</summary>
    [OneWay]
    Task OnStatisticsChanged(EventStatisticsUpdate update);
}
