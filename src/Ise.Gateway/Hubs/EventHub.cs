using Ise.Gateway.Live;
using Ise.Gateway.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Hubs;

/// <summary>
/// <c>/hubs/events</c>: an organiser's dashboard joins an event's group and gets its board (the
/// snapshot) as the answer, then deltas (<see cref="IEventHubClient.Changed"/>) with sequence numbers.
/// </summary>
[Authorize(Policy = IsePolicies.CheckIn)]
public sealed class EventHub(LiveSubscriptions live, IGrainFactory grains, DisplayNames names) : Hub<IEventHubClient>
{
    public const string Path = "/hubs/events";

    /// <summary>Joins <c>event:{eventId}</c> and returns the current board; deltas follow it.</summary>
    public async Task<EventBoard> Join(string eventId)
    {
        var @event = await HubAccess.RequireEventAsync(Context.User, grains, eventId);
        var source = await live.WatchEventAsync(@event.Id, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, source.Group);
        return await source.SnapshotAsync();
    }

    /// <summary>A fresh board, for a client that noticed a gap in the sequence numbers.</summary>
    public async Task<EventBoard> Snapshot(string eventId)
    {
        var @event = await HubAccess.RequireEventAsync(Context.User, grains, eventId);
        return await EventLiveSource.BoardAsync(grains, names, @event.Id);
    }

    public async Task Leave(string eventId)
    {
        var group = EventLiveSource.GroupOf(eventId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        await live.LeaveAsync(group, Context.ConnectionId);
    }

    public override Task OnDisconnectedAsync(Exception? exception) => live.LeaveAllAsync(Context.ConnectionId);
}
