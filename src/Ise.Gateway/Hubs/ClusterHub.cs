using Ise.Clusters;
using Ise.Gateway.Live;
using Ise.Gateway.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Hubs;

/// <summary>
/// <c>/hubs/clusters</c>: a cluster page joins a sector's group and gets its board (counts and the
/// newest feed items) as the answer, then deltas with new feed items and member counts.
/// </summary>
[Authorize(Policy = IsePolicies.ClusterFeed)]
public sealed class ClusterHub(LiveSubscriptions live, IGrainFactory grains, DisplayNames names) : Hub<IClusterHubClient>
{
    public const string Path = "/hubs/clusters";

    /// <summary>Joins <c>cluster:{sector}</c> (the sector's slug) and returns the current board; deltas follow it.</summary>
    public async Task<ClusterBoard> Join(string sector)
    {
        await HubAccess.RequireClusterAsync(Context.User, grains, sector);
        var source = await live.WatchClusterAsync(sector, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, source.Group);
        return await source.SnapshotAsync();
    }

    /// <summary>A fresh board, for a client that noticed a gap in the sequence numbers.</summary>
    public async Task<ClusterBoard> Snapshot(string sector)
    {
        await HubAccess.RequireClusterAsync(Context.User, grains, sector);
        return await ClusterLiveSource.BoardAsync(grains, names, sector);
    }

    /// <summary>Older feed items: those numbered below <paramref name="before"/>, newest first.</summary>
    public async Task<ClusterHistoryPage> History(string sector, long before)
    {
        await HubAccess.RequireClusterAsync(Context.User, grains, sector);
        if (before < 1)
        {
            throw new HubException("VALIDATION: before must be a feed item number (1 or more).");
        }

        var page = await grains.GetGrain<IClusterGrain>(sector).GetFeedAsync(before, ClusterLiveSource.PageSize);
        return new ClusterHistoryPage(await names.FeedAsync(page.Items), page.HasOlder);
    }

    public async Task Leave(string sector)
    {
        var group = ClusterLiveSource.GroupOf(sector);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        await live.LeaveAsync(group, Context.ConnectionId);
    }

    public override Task OnDisconnectedAsync(Exception? exception) => live.LeaveAllAsync(Context.ConnectionId);
}
