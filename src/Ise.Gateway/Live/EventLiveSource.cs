using Ise.Events;
using Ise.Gateway.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Live;

/// <summary>An event's statistics watched by this gateway, forwarded to <c>event:{id}</c>.</summary>
public sealed class EventLiveSource : LiveSource, IEventStatisticsObserver
{
    private readonly string _eventId;
    private readonly IGrainFactory _grains;
    private readonly IHubContext<EventHub, IEventHubClient> _hub;
    private readonly DisplayNames _names;
    private readonly IEventStatisticsObserver _reference;

    public EventLiveSource(string eventId, IGrainFactory grains, IHubContext<EventHub, IEventHubClient> hub, DisplayNames names, ILogger logger)
        : base(GroupOf(eventId), logger)
    {
        _eventId = eventId;
        _grains = grains;
        _hub = hub;
        _names = names;
        _reference = grains.CreateObjectReference<IEventStatisticsObserver>(this);
    }

    public static string GroupOf(string eventId) => "event:" + eventId;

    private IEventStatisticsGrain Statistics => _grains.GetGrain<IEventStatisticsGrain>(_eventId);

    public override Task<bool> SubscribeAsync() => Statistics.SubscribeAsync(_reference);

    public override async Task UnsubscribeAsync()
    {
        await Statistics.UnsubscribeAsync(_reference);
        _grains.DeleteObjectReference<IEventStatisticsObserver>(_reference);
    }

    /// <summary>The board a dashboard starts from (read now from the grains).</summary>
    public Task<EventBoard> SnapshotAsync() => BoardAsync(_grains, _names, _eventId);

    /// <summary>An event's board, read now from its grains (no subscription needed).</summary>
    public static async Task<EventBoard> BoardAsync(IGrainFactory grains, DisplayNames names, string eventId)
    {
        var @event = await grains.GetGrain<IEventGrain>(eventId).GetAsync();
        var statistics = await grains.GetGrain<IEventStatisticsGrain>(eventId).GetAsync();
        var arrivals = new List<BoardArrival>();
        foreach (var arrival in statistics.RecentArrivals)
        {
            arrivals.Add(await names.ArrivalAsync(statistics.Sequence, arrival.WalkIn ? ArrivalChangeKind.WalkedIn : ArrivalChangeKind.CheckedIn, arrival));
        }

        return new EventBoard(eventId, @event.Definition.Title, @event.Status.ToString(), EventFigures.From(statistics), arrivals);
    }

    public Task OnStatisticsChanged(EventStatisticsUpdate update) =>
        ForwardAsync(update.PreviousSequence, update.Statistics.Sequence, async () =>
        {
            var changes = new List<BoardArrival>(update.Changes.Count);
            foreach (var change in update.Changes)
            {
                changes.Add(await _names.ArrivalAsync(change.Sequence, change.Kind, change.Arrival));
            }

            await _hub.Clients.Group(Group).Changed(new EventBoardUpdate(_eventId, update.PreviousSequence, EventFigures.From(update.Statistics), changes));
        });

    protected override async Task<long> CurrentSequenceAsync() => (await Statistics.GetAsync()).Sequence;

    protected override async Task<long> SendSnapshotAsync()
    {
        var board = await SnapshotAsync();
        await _hub.Clients.Group(Group).Snapshot(board);
        return board.Figures.Sequence;
    }
}
