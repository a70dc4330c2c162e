using Ise.Clusters;
using Ise.Gateway.Hubs;
using Ise.Programme;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Live;

/// <summary>A sector cluster watched by this gateway, forwarded to <c>cluster:{sector}</c>.</summary>
public sealed class ClusterLiveSource : LiveSource, IClusterObserver
{
    /// <summary>Feed items in a snapshot and in a page of history.</summary>
    public const int PageSize = 20;

    private readonly string _slug;
    private readonly IGrainFactory _grains;
    private readonly IHubContext<ClusterHub, IClusterHubClient> _hub;
    private readonly DisplayNames _names;
    private readonly IClusterObserver _reference;

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

    public override Task SubscribeAsync() => Cluster.SubscribeAsync(_reference);

    public override async Task UnsubscribeAsync()
    {
        await Cluster.UnsubscribeAsync(_reference);
        _grains.DeleteObjectReference<IClusterObserver>(_reference);
    }

    public Task<ClusterBoard> SnapshotAsync() => BoardAsync(_grains, _names, _slug);

    /// <summary>A cluster's board, read now from its grain (no subscription needed).</summary>
    public static async Task<ClusterBoard> BoardAsync(IGrainFactory grains, DisplayNames names, string slug)
    {
        var snapshot = await grains.GetGrain<IClusterGrain>(slug).GetSnapshotAsync(PageSize);
        return new ClusterBoard(slug, ProgrammeCatalog.Describe(snapshot.Cluster.Sector).Name, ClusterFigures.From(snapshot.Cluster),
            await names.FeedAsync(snapshot.Feed.Items), snapshot.Feed.HasOlder);
    }

    public Task OnClusterChanged(ClusterUpdate update) =>
        ForwardAsync(update.PreviousSequence, update.Cluster.Sequence, async () =>
            await _hub.Clients.Group(Group).Changed(new ClusterBoardUpdate(
                _slug, update.PreviousSequence, ClusterFigures.From(update.Cluster), await _names.FeedAsync(update.NewItems))));

    protected override async Task<long> CurrentSequenceAsync() => (await Cluster.GetAsync()).Sequence;

    protected override async Task<long> SendSnapshotAsync()
    {
        var board = await SnapshotAsync();
        await _hub.Clients.Group(Group).Snapshot(board);
        return board.Figures.Sequence;
    }
}
