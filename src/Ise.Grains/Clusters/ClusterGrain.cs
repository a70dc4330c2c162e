using System.Globalization;
using Ise.Effects;
using Ise.Errors;
using Ise.Programme;
using Microsoft.Extensions.Logging;
using Ise.Live;

namespace Ise.Clusters;

/// <summary>
/// One sector cluster: member counts fed by its 16 member buckets, the activity feed (posts, members
/// joining and leaving, events announced and closed) sealed page by page, connection counts, and live
/// notifications to watching gateways (coalesced, with a sequence number).
/// </summary>
public sealed class ClusterGrain : Grain, IClusterGrain
{
    public const int MaxPostLength = 2000;

    private readonly IPersistentState<ClusterState> _state;
    private readonly TimeProvider _time;
    private readonly ILogger<ClusterGrain> _logger;
    private readonly List<ClusterFeedItem> _unsent = [];
    private CoalescedWatchers<IClusterObserver>? _watchers;

    public ClusterGrain(
        [PersistentState("cluster", IseKeys.StorageName)] IPersistentState<ClusterState> state,
        TimeProvider time,
        ILogger<ClusterGrain> logger)
    {
        _state = state;
        _time = time;
        _logger = logger;
    }

    private ClusterState State => _state.State;

    private string Slug => this.GetPrimaryKeyString();

    private CoalescedWatchers<IClusterObserver> Watchers => _watchers ?? throw new InvalidOperationException("not activated");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _watchers = new CoalescedWatchers<IClusterObserver>(this, _logger, () => State.Sequence, previous =>
        {
            var update = new ClusterUpdate(previous, View(), [.. _unsent]);
            _unsent.Clear();
            return o => o.OnClusterChanged(update);
        });
        return Task.CompletedTask;
    }

    public Task<ClusterView> GetAsync() => Task.FromResult(View());

    public async Task<ClusterSnapshot> GetSnapshotAsync(int first) => new(View(), await GetFeedAsync(null, first));

    public Task SubscribeAsync(IClusterObserver observer)
    {
        RequireSector();
        Watchers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IClusterObserver observer)
    {
        Watchers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task<ClusterFeedItem> PostAsync(string smeId, string text, string? idempotencyKey)
    {
        RequireSector();
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxPostLength)
        {
            throw IseException.Invalid("text", $"A post has 1 to {MaxPostLength} characters.");
        }

        var keyPrefix = idempotencyKey is null ? null : $"post|{smeId}|{idempotencyKey}|";
        if (keyPrefix is not null && State.Recent.Keys.FirstOrDefault(k => k.StartsWith(keyPrefix, StringComparison.Ordinal)) is { } seen)
        {
            return await ItemAsync(long.Parse(seen[keyPrefix.Length..], CultureInfo.InvariantCulture));
        }

        var item = await AppendAsync(ClusterFeedItemKind.Post, _time.GetUtcNow(), smeId, null, trimmed, null);
        if (keyPrefix is not null)
        {
            State.Recent.TryAdd(keyPrefix + item.Sequence.ToString(CultureInfo.InvariantCulture));
        }

        await WriteAsync();
        return item;
    }

    public async Task<ClusterFeedPage> GetFeedAsync(long? before, int first)
    {
        RequireSector();
        var size = Math.Clamp(first, 1, 100);
        var cursor = Math.Min(before ?? State.FeedTotal + 1, State.FeedTotal + 1);
        var items = new List<ClusterFeedItem>(size);
        var pages = new Dictionary<long, IReadOnlyList<ClusterFeedItem>>();
        while (items.Count < size && cursor > 1)
        {
            cursor--;
            items.Add(await ItemAsync(cursor, pages));
        }

        return new ClusterFeedPage(items, cursor > 1, State.FeedTotal);
    }

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        RequireSector();
        // Member counts are deduplicated by sender and sequence: the silos' journal writers (which deliver each receiver's
        // effects in order), and the member buckets' outboxes from before the journal. One-shot effects sent by an outbox
        // of an event or connection from before the journal are recognised by their keys (Recent).
        var deduplicated = JournalSource.Is(batch.SourceId) || batch.SourceId.StartsWith(Slug + "/", StringComparison.Ordinal);
        var effects = deduplicated ? State.Inbox.Accept(batch) : [.. batch.Effects.Select(e => e.Effect)];
        var changed = false;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case ClusterMembershipEffect membership:
                    var delta = membership.Joined ? 1 : -1;
                    State.Members += delta;
                    Counts.Add(State.MembersByCountry, membership.Country, delta);
                    Counts.Add(State.MembersByRegion, membership.Region, delta);
                    await AppendAsync(membership.Joined ? ClusterFeedItemKind.MemberJoined : ClusterFeedItemKind.MemberLeft,
                        membership.At, membership.SmeId, null, null, null);
                    changed = true;
                    break;
                case ClusterFeedEffect news when State.Recent.TryAdd($"event|{news.EventId}|{news.Kind}"):
                    await AppendAsync(news.Kind, news.At, null, news.EventId, news.Text, news.Attendance);
                    changed = true;
                    break;
                case ConnectionMadeEffect connection when State.Recent.TryAdd($"connection|{connection.ConnectionId}"):
                    State.Connections = State.Connections.Add(connection.CountryA, connection.CountryB);
                    State.Sequence++;
                    changed = true;
                    break;
                case ClusterFeedEffect or ConnectionMadeEffect:
                    break;
                default:
                    throw new InvalidOperationException($"A cluster cannot apply {effect.GetType().Name}.");
            }
        }

        if (changed || deduplicated)
        {
            await WriteAsync();
        }
    }

    private async Task<ClusterFeedItem> AppendAsync(ClusterFeedItemKind kind, DateTimeOffset at, string? smeId, string? eventId, string? text, int? attendance)
    {
        var item = new ClusterFeedItem(++State.FeedTotal, kind, at, smeId, eventId, text, attendance);
        State.Head.Add(item);
        State.Sequence++;
        _unsent.Add(item);
        if (State.Head.Count == ClusterState.PageSize)
        {
            // Sealing is idempotent: after a crash before this grain's write, the same page is sealed again harmlessly.
            await Page(State.SealedPages).SealAsync([.. State.Head]);
            State.SealedPages++;
            State.Head = [];
        }

        return item;
    }

    private async Task<ClusterFeedItem> ItemAsync(long sequence, Dictionary<long, IReadOnlyList<ClusterFeedItem>>? pages = null)
    {
        var sealedThrough = State.SealedPages * ClusterState.PageSize;
        if (sequence > sealedThrough)
        {
            return State.Head[(int)(sequence - sealedThrough - 1)];
        }

        var page = (sequence - 1) / ClusterState.PageSize;
        pages ??= [];
        if (!pages.TryGetValue(page, out var items))
        {
            items = await Page(page).GetAsync();
            pages[page] = items;
        }

        return items[(int)((sequence - 1) % ClusterState.PageSize)];
    }

    private IClusterFeedPageGrain Page(long number) => GrainFactory.GetGrain<IClusterFeedPageGrain>(IseKeys.ClusterFeedPage(Slug, number));

    private Sector RequireSector() =>
        ProgrammeCatalog.TryFindSector(Slug, out var sector)
            ? sector
            : throw IseException.NotFound("sector", $"No cluster for sector '{Slug}'.");

    private ClusterView View() => new(
        RequireSector(), State.Sequence, State.Members, new Dictionary<Country, int>(State.MembersByCountry),
        new Dictionary<Region, int>(State.MembersByRegion), State.FeedTotal, State.Connections);

    private async Task WriteAsync()
    {
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        if (!Watchers.Changed())
        {
            _unsent.Clear();
        }
    }
}
