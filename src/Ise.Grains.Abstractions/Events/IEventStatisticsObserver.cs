namespace Ise.Events;

/// <summary>A gateway watching an event's statistics; each notification carries its sequence number.</summary>
public interface IEventStatisticsObserver : IGrainObserver
{
    Task OnStatisticsChanged(EventStatistics statistics);
}
