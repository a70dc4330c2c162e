using Ise.Clusters;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.Live;
using Ise.Gateway.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Hubs;

/// <summary>
/// <c>/hubs/clusters</c>: a cluster page joins a sector's group and gets its board (counts and the
/// newest feed items) as the answer, then deltas with new feed items and member counts. Every feed item
/// is sent as <c>Cluster.feed</c> gives it to the caller (<see cref="ClusterAudience"/>): partner staff read
/// which SME an item is about only for the SMEs their partner leads or served.
/// </summary>
[Authorize(Policy = IsePolicies.ClusterFeed)]
public sealed class ClusterHub(LiveSubscriptions live, IGrainFactory grains, DisplayNames names) : Hub<IClusterHubClient>
{
    public const string Path = "/hubs/clusters";

    /// <summary>
    /// Joins the sector's group for the caller's audience (<c>cluster:{sector}</c>, or partner staff's
    /// <c>cluster:{sector}/partner:{id}</c>) and returns the current board as the caller may read it; deltas follow it.
    /// </summary>
    public async Task<ClusterBoard> Join(string sector)
    {
        await HubAccess.RequireClusterAsync(Context.User, grains, sector);
        var audience = Audience;
        var source = await live.WatchClusterAsync(sector, Context.ConnectionId);
        source.Track(Context.ConnectionId, audience);
        await Groups.AddToGroupAsync(Context.ConnectionId, audience.GroupOf(sector));
        return await source.SnapshotAsync(audience);
    }

    /// <summary>A fresh board, for a client that noticed a gap in the sequence numbers.</summary>
    public async Task<ClusterBoard> Snapshot(string sector)
    {
        await HubAccess.RequireClusterAsync(Context.User, grains, sector);
        return await ClusterLiveSource.BoardAsync(grains, names, sector, Audience);
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
        return new ClusterHistoryPage(await names.FeedAsync(await Audience.VisibleAsync(page.Items, new SmeByIdDataLoader(grains))), page.HasOlder);
    }

    public async Task Leave(string sector)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Audience.GroupOf(sector));
        await live.LeaveAsync(ClusterLiveSource.GroupOf(sector), Context.ConnectionId);
    }

    /// <summary>The caller's audience (the hub's policy let in only callers that have one).</summary>
    private ClusterAudience Audience =>
        IseCaller.From(Context.User!) is { } caller ? ClusterAudience.Of(caller) : throw new HubException("FORBIDDEN: send an API key.");

    public override Task OnDisconnectedAsync(Exception? exception) => live.LeaveAllAsync(Context.ConnectionId);
}
