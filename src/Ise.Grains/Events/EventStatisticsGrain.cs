using Ise.Effects;
using Microsoft.Extensions.Logging;
using Ise.Live;

namespace Ise.Events;

/// <summary>
/// Live statistics of one event, fed by its attendance buckets through their outboxes, and pushed to
/// watching gateways. Notifications are coalesced (<see cref="Live.CoalescedWatchers{TObserver}"/>): at most one per interval,
/// carrying the latest snapshot and its sequence number.
/// </summary>
public sealed class EventStatisticsGrain : Grain, IEventStatisticsGrain
{
    private readonly IPersistentState<EventStatisticsState> _state;
    private readonly ILogger<EventStatisticsGrain> _logger;
    /// <summary>Door changes not yet sent to watchers (at most <see cref="UnsentChangesKept"/>).</summary>
    private readonly List<ArrivalChange> _unsent = [];
    private long _droppedThrough;
    private CoalescedWatchers<IEventStatisticsObserver>? _watchers;

    /// <summary>A burst beyond this many changes per notification drops the oldest: watchers see a gap and take a snapshot.</summary>
    public const int UnsentChangesKept = 200;

    public EventStatisticsGrain(
        [PersistentState("event-statistics", IseKeys.StorageName)] IPersistentState<EventStatisticsState> state,
        ILogger<EventStatisticsGrain> logger)
    {
        _state = state;
        _logger = logger;
    }

    private EventStatisticsState State => _state.State;

    private CoalescedWatchers<IEventStatisticsObserver> Watchers => _watchers ?? throw new InvalidOperationException("not activated");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _watchers = new CoalescedWatchers<IEventStatisticsObserver>(this, _logger, () => State.Sequence, previous =>
        {
            var update = new EventStatisticsUpdate(Math.Max(previous, _droppedThrough), Snapshot(), [.. _unsent]);
            _unsent.Clear();
            return o => o.OnStatisticsChanged(update);
        });
        return Task.CompletedTask;
    }

    public Task<EventStatistics> GetAsync() => Task.FromResult(Snapshot());

    public Task<bool> SubscribeAsync(IEventStatisticsObserver observer) => Task.FromResult(Watchers.Subscribe(observer));

    public Task UnsubscribeAsync(IEventStatisticsObserver observer)
    {
        Watchers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        // Repeat senders are journal writers (a ledger entry each) and this event's buckets
        // ("{eventId}/{bucket}"), whose ledger is kept by bucket number. Connections send once each
        // and are deduplicated by id instead.
        var separator = batch.SourceId.LastIndexOf('/');
        var effects = JournalSource.Is(batch.SourceId) ? State.JournalInbox.Accept(batch)
            : separator >= 0 && int.TryParse(batch.SourceId.AsSpan(separator + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bucket)
            ? State.Inbox.Accept(bucket, batch)
            : [.. batch.Effects.Select(e => e.Effect)];
        if (effects.Count == 0)
        {
            return;
        }

        State.Sequence++;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case AttendanceChangedEffect change:
                    Apply(change);
                    break;
                case ConnectionMadeEffect connection:
                    if (!State.RecentConnections.TryAdd(connection.ConnectionId))
                    {
                        continue;
                    }

                    State.Connections = State.Connections.Add(connection.CountryA, connection.CountryB);
                    break;
                case FeedbackGivenEffect feedback:
                    State.FeedbackCount++;
                    State.RatingSum += feedback.Rating;
                    break;
                default:
                    throw new InvalidOperationException($"Statistics cannot apply {effect.GetType().Name}.");
            }
        }

        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            _unsent.RemoveAll(c => c.Sequence == State.Sequence);
            DeactivateOnIdle();
            throw;
        }

        if (!Watchers.Changed())
        {
            _unsent.Clear();
        }
    }

    private void Unsent(ArrivalChangeKind kind, Arrival arrival)
    {
        _unsent.Add(new ArrivalChange(State.Sequence, kind, arrival));
        if (_unsent.Count > UnsentChangesKept)
        {
            _droppedThrough = _unsent[0].Sequence;
            _unsent.RemoveAt(0);
        }
    }

    private void Apply(AttendanceChangedEffect change)
    {
        if (change.From is { } from)
        {
            State.ByStatus[from] = State.ByStatus.GetValueOrDefault(from) - 1;
        }

        State.ByStatus[change.To] = State.ByStatus.GetValueOrDefault(change.To) + 1;
        var attendee = change.Attendee;
        if (change.To == AttendanceStatus.CheckedIn && change.From != AttendanceStatus.CheckedIn)
        {
            Counts.Add(State.CheckedInByCountry, attendee.Country, +1);
            Counts.Add(State.CheckedInByRegion, attendee.Region, +1);
            Counts.Add(State.CheckedInBySector, attendee.Sector, +1);
            State.WalkIns += change.WalkIn ? 1 : 0;
            var arrival = new Arrival(change.Code, attendee.SmeId, change.At, change.LocalTime, change.WalkIn);
            State.RecentArrivals.Insert(0, arrival);
            Unsent(change.WalkIn ? ArrivalChangeKind.WalkedIn : ArrivalChangeKind.CheckedIn, arrival);
            if (State.RecentArrivals.Count > EventStatisticsState.RecentArrivalsKept)
            {
                State.RecentArrivals.RemoveAt(State.RecentArrivals.Count - 1);
            }
        }
        else if (change.From == AttendanceStatus.CheckedIn && change.To != AttendanceStatus.CheckedIn)
        {
            Counts.Add(State.CheckedInByCountry, attendee.Country, -1);
            Counts.Add(State.CheckedInByRegion, attendee.Region, -1);
            Counts.Add(State.CheckedInBySector, attendee.Sector, -1);
            State.WalkIns -= change.WalkIn ? 1 : 0;
            State.RecentArrivals.RemoveAll(a => a.Code == change.Code);
            Unsent(ArrivalChangeKind.Undone, new Arrival(change.Code, attendee.SmeId, change.At, change.LocalTime, change.WalkIn));
        }
    }

    private EventStatistics Snapshot()
    {
        int Of(AttendanceStatus status) => State.ByStatus.GetValueOrDefault(status);
        return new EventStatistics(
            this.GetPrimaryKeyString(), State.Sequence,
            Of(AttendanceStatus.Registered), Of(AttendanceStatus.WaitListed), Of(AttendanceStatus.CheckedIn),
            State.WalkIns, Of(AttendanceStatus.NoShow), Of(AttendanceStatus.Cancelled),
            new Dictionary<Programme.Country, int>(State.CheckedInByCountry),
            new Dictionary<Programme.Region, int>(State.CheckedInByRegion),
            new Dictionary<Programme.Sector, int>(State.CheckedInBySector),
            [.. State.RecentArrivals],
            State.FeedbackCount,
            State.FeedbackCount == 0 ? null : (double)State.RatingSum / State.FeedbackCount,
            State.Connections);
    }
}
