using System.Collections.Concurrent;
using Ise.Clusters;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.Hubs;
using Ise.Programme;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Live;

/// <summary>
/// A sector cluster watched by this gateway, forwarded to <c>cluster:{sector}</c> and to a group per partner
/// whose staff watch it here (<see cref="ClusterAudience"/>): each audience gets the feed as it may read it.
/// </summary>
public sealed class ClusterLiveSource : LiveSource, IClusterObserver
{
    /// <summary>Feed items in a snapshot and in a page of history.</summary>
    public const int PageSize = 20;

    private readonly string _slug;
    private readonly IGrainFactory _grains;
    private readonly IHubContext<ClusterHub, IClusterHubClient> _hub;
    private readonly DisplayNames _names;
    private readonly IClusterObserver _reference;
    private readonly ConcurrentDictionary<string, ClusterAudience> _audiences = new(StringComparer.Ordinal);

    public ClusterLiveSource(string slug, IGrainFactory grains, IHubContext<ClusterHub, IClusterHubClient> hub, DisplayNames names, ILogger logger)
        : base(GroupOf(slug), logger)
    {
        _slug = slug;
        _grains = grains;
        _hub = hub;
        _names = names;
        _reference = grains.CreateObjectReference<IClusterObserver>(this);
    }

    public static string GroupOf(string slug) => "cluster:" + slug;

    private IClusterGrain Cluster => _grains.GetGrain<IClusterGrain>(_slug);

    public override Task<bool> SubscribeAsync() => Cluster.SubscribeAsync(_reference);

    public override async Task UnsubscribeAsync()
    {
        await Cluster.UnsubscribeAsync(_reference);
        _grains.DeleteObjectReference<IClusterObserver>(_reference);
    }

    /// <summary>The audiences of this process's connections, each sent once.</summary>
    private IEnumerable<ClusterAudience> Audiences => _audiences.Values.Distinct();

    /// <summary>A connection that joined (before it is added to its audience's group): its deltas are made for its audience from now on.</summary>
    public void Track(string connectionId, ClusterAudience audience) => _audiences[connectionId] = audience;

    protected internal override void Forget(string connectionId) => _audiences.TryRemove(connectionId, out _);

    public Task<ClusterBoard> SnapshotAsync(ClusterAudience audience) => BoardAsync(_grains, _names, _slug, audience);

    /// <summary>A cluster's board as <paramref name="audience"/> may read it, read now from its grain (no subscription needed).</summary>
    public static async Task<ClusterBoard> BoardAsync(IGrainFactory grains, DisplayNames names, string slug, ClusterAudience audience) =>
        await BoardAsync(names, slug, await grains.GetGrain<IClusterGrain>(slug).GetSnapshotAsync(PageSize), audience, new SmeByIdDataLoader(grains));

    private static async Task<ClusterBoard> BoardAsync(DisplayNames names, string slug, ClusterSnapshot snapshot, ClusterAudience audience, SmeByIdDataLoader smes) =>
        new(slug, ProgrammeCatalog.Describe(snapshot.Cluster.Sector).Name, ClusterFigures.From(snapshot.Cluster),
            await names.FeedAsync(await audience.VisibleAsync(snapshot.Feed.Items, smes)), snapshot.Feed.HasOlder);

    public Task OnClusterChanged(ClusterUpdate update) =>
        ForwardAsync(update.PreviousSequence, update.Cluster.Sequence, async () =>
        {
            var smes = new SmeByIdDataLoader(_grains);
            foreach (var audience in Audiences)
            {
                await _hub.Clients.Group(audience.GroupOf(_slug)).Changed(new ClusterBoardUpdate(
                    _slug, update.PreviousSequence, ClusterFigures.From(update.Cluster), await _names.FeedAsync(await audience.VisibleAsync(update.NewItems, smes))));
            }
        });

    protected override async Task<long> CurrentSequenceAsync() => (await Cluster.GetAsync()).Sequence;

    protected override async Task<long> SendSnapshotAsync()
    {
        var snapshot = await Cluster.GetSnapshotAsync(PageSize);
        var smes = new SmeByIdDataLoader(_grains);
        foreach (var audience in Audiences)
        {
            await _hub.Clients.Group(audience.GroupOf(_slug)).Snapshot(await BoardAsync(_names, _slug, snapshot, audience, smes));
        }

        return snapshot.Cluster.Sequence;
    }
}
