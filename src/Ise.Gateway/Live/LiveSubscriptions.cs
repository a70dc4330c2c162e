using Ise.Gateway.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Live;

/// <summary>
/// The grains this gateway process watches for its connected clients: one <see cref="LiveSource"/>
/// (one observer) per event or cluster, however many connections watch it; the last connection to
/// leave ends the subscription.
/// </summary>
public sealed class LiveSubscriptions(
    IGrainFactory grains,
    IHubContext<EventHub, IEventHubClient> eventHub,
    IHubContext<ClusterHub, IClusterHubClient> clusterHub,
    DisplayNames names,
    ILogger<LiveSubscriptions> logger)
{
    private readonly Dictionary<string, LiveSource> _sources = [];
    private readonly Dictionary<string, HashSet<string>> _groupsByConnection = [];

    public IReadOnlyList<LiveSource> Sources
    {
        get
        {
            lock (_sources)
            {
                return [.. _sources.Values];
            }
        }
    }

    public async Task<EventLiveSource> WatchEventAsync(string eventId, string connectionId) =>
        (EventLiveSource)await WatchAsync(EventLiveSource.GroupOf(eventId), connectionId,
            () => new EventLiveSource(eventId, grains, eventHub, names, logger));

    public async Task<ClusterLiveSource> WatchClusterAsync(string slug, string connectionId) =>
        (ClusterLiveSource)await WatchAsync(ClusterLiveSource.GroupOf(slug), connectionId,
            () => new ClusterLiveSource(slug, grains, clusterHub, names, logger));

    /// <summary>A connection stops watching a group; the last one out unsubscribes.</summary>
    public async Task LeaveAsync(string group, string connectionId)
    {
        LiveSource? ended = null;
        lock (_sources)
        {
            if (_groupsByConnection.TryGetValue(connectionId, out var groups))
            {
                groups.Remove(group);
                if (groups.Count == 0)
                {
                    _groupsByConnection.Remove(connectionId);
                }
            }

            if (_sources.TryGetValue(group, out var source) && source.Connections.Remove(connectionId))
            {
                source.Forget(connectionId);
                if (source.Connections.Count == 0)
                {
                    _sources.Remove(group);
                    ended = source;
                }
            }
        }

        if (ended is not null)
        {
            try
            {
                await ended.UnsubscribeAsync();
            }
            catch (Exception e)
            {
                // The subscription expires on its own when it is not renewed.
                logger.LogWarning(e, "{Group}: could not unsubscribe", group);
            }
        }
    }

    /// <summary>A connection closed: it leaves every group it was in.</summary>
    public async Task LeaveAllAsync(string connectionId)
    {
        string[] groups;
        lock (_sources)
        {
            groups = _groupsByConnection.TryGetValue(connectionId, out var set) ? [.. set] : [];
        }

        foreach (var group in groups)
        {
            await LeaveAsync(group, connectionId);
        }
    }

    private async Task<LiveSource> WatchAsync(string group, string connectionId, Func<LiveSource> create)
    {
        LiveSource source;
        lock (_sources)
        {
            if (!_sources.TryGetValue(group, out source!))
            {
                source = create();
                _sources[group] = source;
            }

            source.Connections.Add(connectionId);
            if (!_groupsByConnection.TryGetValue(connectionId, out var groups))
            {
                groups = [];
                _groupsByConnection[connectionId] = groups;
            }

            groups.Add(group);
        }

        try
        {
            await source.StartAsync();
        }
        catch
        {
            await LeaveAsync(group, connectionId);
            throw;
        }

        return source;
    }
}
