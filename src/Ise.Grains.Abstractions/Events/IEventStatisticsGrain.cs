using Ise.Effects;

namespace Ise.Events;

/// <summary>
/// Live statistics of one event (key: the event id), fed by its buckets through their outboxes.
/// Its state is bounded: counters by a fixed set of dimensions and the last few arrivals.
/// </summary>
public interface IEventStatisticsGrain : IEffectReceiver
{
    Task<EventStatistics> GetAsync();

    /// <summary>
    /// Subscribes (or renews) an observer; subscriptions expire unless renewed. True when this activation
    /// already knew the observer; false means it may have missed notifications (take a fresh snapshot).
    /// </summary>
    Task<bool> SubscribeAsync(IEventStatisticsObserver observer);

    Task UnsubscribeAsync(IEventStatisticsObserver observer);
}
