using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Ise.Live;

/// <summary>
/// The gateways watching one grain: subscriptions that expire unless renewed (Orleans'
/// <see cref="ObserverManager{TObserver}"/>), and notifications coalesced to at most one per
/// <see cref="Interval"/>, built when they are sent so they carry the latest state and sequence.
/// Each notification is told the sequence of the previous one, so a watcher can spot a gap (a lost
/// notification, or a new activation after a failover) and take a fresh snapshot.
/// </summary>
public sealed class CoalescedWatchers<TObserver>
    where TObserver : IGrainObserver
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    private readonly ObserverManager<TObserver> _observers;
    private readonly IGrainTimer _timer;
    private readonly Func<long> _sequence;
    private readonly Func<long, Func<TObserver, Task>> _notification;
    private long _notifiedThrough;
    private bool _scheduled;

    /// <summary>
    /// Create in the grain's activation (after its state is read): the sending is a grain timer.
    /// <paramref name="notification"/> builds a notification given the previous one's sequence.
    /// </summary>
    public CoalescedWatchers(Grain grain, ILogger logger, Func<long> sequence, Func<long, Func<TObserver, Task>> notification)
    {
        _observers = new ObserverManager<TObserver>(SubscriptionLifetime, logger);
        _sequence = sequence;
        _notification = notification;
        _notifiedThrough = sequence();
        _timer = grain.RegisterGrainTimer(SendAsync, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public int Count => _observers.Count;

    /// <summary>
    /// Subscribes, or renews a subscription. False when this activation did not know the watcher (a new
    /// activation, or an expired subscription): it may have missed changes, whatever the sequences say.
    /// </summary>
    public bool Subscribe(TObserver observer)
    {
        var before = _observers.Count;
        _observers.Subscribe(observer, observer);
        return _observers.Count == before;
    }

    public void Unsubscribe(TObserver observer) => _observers.Unsubscribe(observer);

    /// <summary>
    /// Something changed: the watchers hear of it within <see cref="Interval"/>. False when nobody
    /// watches (the grain can drop what it kept for the next notification).
    /// </summary>
    public bool Changed()
    {
        if (_observers.Count == 0)
        {
            _notifiedThrough = _sequence();
            return false;
        }

        if (!_scheduled)
        {
            _scheduled = true;
            _timer.Change(Interval, Timeout.InfiniteTimeSpan);
        }

        return true;
    }

    private async Task SendAsync()
    {
        _scheduled = false;
        var previous = _notifiedThrough;
        _notifiedThrough = _sequence();
        await _observers.Notify(_notification(previous));
    }
}
