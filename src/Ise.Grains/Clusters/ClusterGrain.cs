using System.Globalization;
using Ise.Effects;
using Ise.Errors;
using Ise.Programme;
using Ise.Journal;
using Ise.Live;
using Microsoft.Extensions.Logging;

namespace Ise.Clusters;

/// <summary>
/// One sector cluster: member counts fed by its 16 member buckets, the activity feed (posts, members
/// joining and leaving, events announced and closed) sealed page by page, connection counts, and live
/// notifications to watching gateways (coalesced, with a sequence number). Journaled: a delivery or a post is one row
/// of what it changed (stream <c>cluster/&lt;slug&gt;</c>), never a rewrite of the feed's head and the keys it has seen.
/// </summary>
public sealed class ClusterGrain(TimeProvider time, ILogger<ClusterGrain> logger)
    : JournaledIseGrain<ClusterJournalState, IClusterChange>, IClusterGrain
{
    public const int MaxPostLength = 2000;

    private readonly List<ClusterFeedItem> _unsent = [];
    private CoalescedWatchers<IClusterObserver>? _watchers;

    /// <summary>The journal stream of the cluster of the sector with this slug.</summary>
    public static string Stream(string slug) => $"cluster/{slug}";

    protected override string StreamName => Stream(Slug);

    private string Slug => this.GetPrimaryKeyString();

    private CoalescedWatchers<IClusterObserver> Watchers => _watchers ?? throw new InvalidOperationException("not activated");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        _watchers = new CoalescedWatchers<IClusterObserver>(this, logger, () => State.Sequence, previous =>
        {
            var update = new ClusterUpdate(previous, View(), [.. _unsent]);
            _unsent.Clear();
            return o => o.OnClusterChanged(update);
        });
    }

    public Task<ClusterView> GetAsync() => Task.FromResult(View());

    public async Task<ClusterSnapshot> GetSnapshotAsync(int first) => new(View(), await GetFeedAsync(null, first));

    public Task<bool> SubscribeAsync(IClusterObserver observer)
    {
        RequireSector();
        return Task.FromResult(Watchers.Subscribe(observer));
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

        var item = new ClusterFeedItem(State.FeedTotal + 1, ClusterFeedItemKind.Post, time.GetUtcNow(), smeId, null, trimmed, null);
        var keys = keyPrefix is null ? [] : new[] { keyPrefix + item.Sequence.ToString(CultureInfo.InvariantCulture) };
        await StoreAsync(new ClusterChanged(Guid.NewGuid(), item.At, null, 0, [], [], [item], keys));
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
        var (effects, through) = deduplicated
            ? InboxLedger.Fresh(batch, State.AppliedThrough.GetValueOrDefault(batch.SourceId))
            : ([.. batch.Effects.Select(e => e.Effect)], 0);
        if (effects.Count == 0)
        {
            return;
        }

        var memberships = new List<ClusterMembershipEffect>();
        var connections = new List<ConnectionMadeEffect>();
        var items = new List<ClusterFeedItem>();
        var keys = new List<string>();
        ClusterFeedItem Next(ClusterFeedItemKind kind, DateTimeOffset at, string? smeId, string? eventId, string? text, int? attendance) =>
            new(State.FeedTotal + items.Count + 1, kind, at, smeId, eventId, text, attendance);
        bool FirstTime(string key)
        {
            if (keys.Contains(key) || State.Recent.Contains(key))
            {
                return false;
            }

            keys.Add(key);
            return true;
        }

        foreach (var effect in effects)
        {
            switch (effect)
            {
                case ClusterMembershipEffect membership:
                    memberships.Add(membership);
                    items.Add(Next(membership.Joined ? ClusterFeedItemKind.MemberJoined : ClusterFeedItemKind.MemberLeft, membership.At, membership.SmeId, null, null, null));
                    break;
                case ClusterFeedEffect news when FirstTime($"event|{news.EventId}|{news.Kind}"):
                    items.Add(Next(news.Kind, news.At, null, news.EventId, news.Text, news.Attendance));
                    break;
                case ConnectionMadeEffect connection when FirstTime($"connection|{connection.ConnectionId}"):
                    connections.Add(connection);
                    break;
                case ClusterFeedEffect or ConnectionMadeEffect:
                    break;
                default:
                    throw new InvalidOperationException($"A cluster cannot apply {effect.GetType().Name}.");
            }
        }

        // A delivery of repeats only (one-shot news seen before) stores nothing, unless it moves its sender's ledger on.
        if (!deduplicated && items.Count == 0 && connections.Count == 0)
        {
            return;
        }

        await StoreAsync(new ClusterChanged(Guid.NewGuid(), time.GetUtcNow(), deduplicated ? batch.SourceId : null, through, memberships, connections, items, keys));
    }

    protected override void TransitionState(ClusterJournalState state, IClusterChange change) => state.Apply(change);

    /// <summary>Seals the pages the change fills (sealing is idempotent: after a failed store the same page is sealed again harmlessly), stores the change, and tells the watchers.</summary>
    private async Task StoreAsync(ClusterChanged change)
    {
        foreach (var (page, items) in State.PagesFilledBy(change.Items))
        {
            await Page(page).SealAsync(items);
        }

        await RaiseAndConfirmAsync(change);
        _unsent.AddRange(change.Items);
        if (!Watchers.Changed())
        {
            _unsent.Clear();
        }
    }

    private async Task<ClusterFeedItem> ItemAsync(long sequence, Dictionary<long, IReadOnlyList<ClusterFeedItem>>? pages = null)
    {
        var sealedThrough = State.SealedPages * ClusterJournalState.PageSize;
        if (sequence > sealedThrough)
        {
            return State.Head[(int)(sequence - sealedThrough - 1)];
        }

        var page = (sequence - 1) / ClusterJournalState.PageSize;
        pages ??= [];
        if (!pages.TryGetValue(page, out var items))
        {
            items = await Page(page).GetAsync();
            pages[page] = items;
        }

        return items[(int)((sequence - 1) % ClusterJournalState.PageSize)];
    }

    private IClusterFeedPageGrain Page(long number) => GrainFactory.GetGrain<IClusterFeedPageGrain>(IseKeys.ClusterFeedPage(Slug, number));

    private Sector RequireSector() =>
        ProgrammeCatalog.TryFindSector(Slug, out var sector)
            ? sector
            : throw IseException.NotFound("sector", $"No cluster for sector '{Slug}'.");

    private ClusterView View() => new(
        RequireSector(), State.Sequence, State.Members, new Dictionary<Country, int>(State.MembersByCountry),
        new Dictionary<Region, int>(State.MembersByRegion), State.FeedTotal, State.Connections);
}
