using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Ise.Live;

/// <summary>
/// The gateways watching one grain: subscriptions that expire unless renewed (Orleans'
/// <see cref="ObserverManager{TObserver}"/>), and notifications coalesced to at most one per
/// <see cref="Interval"/>, built when they are sent so they carry the latest state and sequence.
/// </summary>
public sealed class CoalescedWatchers<TObserver>
    where TObserver : IGrainObserver
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    private readonly ObserverManager<TObserver> _observers;
    private readonly IGrainTimer _timer;
    private readonly Func<Func<TObserver, Task>> _notification;
    private bool _scheduled;

    /// <summary>Create in the grain's activation: the sending is a grain timer.</summary>
    public CoalescedWatchers(Grain grain, ILogger logger, Func<Func<TObserver, Task>> notification)
    {
        _observers = new ObserverManager<TObserver>(SubscriptionLifetime, logger);
        _notification = notification;
        _timer = grain.RegisterGrainTimer(SendAsync, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public int Count => _observers.Count;

    /// <summary>Subscribes, or renews a subscription.</summary>
    public void Subscribe(TObserver observer) => _observers.Subscribe(observer, observer);

    public void Unsubscribe(TObserver observer) => _observers.Unsubscribe(observer);

    /// <summary>Something changed: the watchers hear of it within <see cref="Interval"/>.</summary>
    public void Changed()
    {
        if (!_scheduled && _observers.Count > 0)
        {
            _scheduled = true;
            _timer.Change(Interval, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task SendAsync()
    {
        _scheduled = false;
        await _observers.Notify(_notification());
    }
}
