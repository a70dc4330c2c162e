using Ise.Connections;
using Ise.Effects;
using Ise.Programme;

namespace Ise.Clusters;

/// <summary>
/// A cluster as its journal builds it: its counters, the head of its feed (at most one page of items; full pages are
/// sealed into page grains), per sender the last delivery applied, and the keys of one-shot news and posts seen lately.
/// Bounded whatever the number of members, posts or events. Changed only by <see cref="Apply"/>, which replay calls too.
/// </summary>
[GenerateSerializer, Alias("ise.cluster-journal-state")]
public sealed class ClusterJournalState
{
    public const int PageSize = 50;

    [Id(0)]
    public long Sequence { get; set; }

    [Id(1)]
    public int Members { get; set; }

    [Id(2)]
    public Dictionary<Country, int> MembersByCountry { get; set; } = [];

    [Id(3)]
    public Dictionary<Region, int> MembersByRegion { get; set; } = [];

    [Id(4)]
    public long FeedTotal { get; set; }

    [Id(5)]
    public long SealedPages { get; set; }

    [Id(6)]
    public List<ClusterFeedItem> Head { get; set; } = [];

    [Id(7)]
    public ConnectionTally Connections { get; set; } = ConnectionTally.None;

    [Id(8)]
    public Dictionary<string, long> AppliedThrough { get; set; } = new(StringComparer.Ordinal);

    [Id(9)]
    public RecentKeys Recent { get; set; } = new();

    /// <summary>The full pages that appending <paramref name="items"/> to the head makes, by page number: sealed before the change is stored.</summary>
    public IReadOnlyList<(long Page, IReadOnlyList<ClusterFeedItem> Items)> PagesFilledBy(IReadOnlyList<ClusterFeedItem> items)
    {
        var pages = new List<(long, IReadOnlyList<ClusterFeedItem>)>();
        var head = new List<ClusterFeedItem>(Head);
        var sealedPages = SealedPages;
        foreach (var item in items)
        {
            head.Add(item);
            if (head.Count == PageSize)
            {
                pages.Add((sealedPages++, head));
                head = [];
            }
        }

        return pages;
    }

    public void Apply(IClusterChange change)
    {
        switch (change)
        {
            case ClusterCarriedOver carried:
                Sequence = carried.Sequence;
                Members = carried.Members;
                MembersByCountry = new(carried.MembersByCountry);
                MembersByRegion = new(carried.MembersByRegion);
                FeedTotal = carried.FeedTotal;
                SealedPages = carried.SealedPages;
                Head = [.. carried.Head];
                Connections = carried.Connections;
                AppliedThrough = new(carried.AppliedThrough, StringComparer.Ordinal);
                Recent = new RecentKeys { Keys = [.. carried.Keys] };
                break;
            case ClusterChanged changed:
                Apply(changed);
                break;
            default:
                throw new InvalidOperationException($"A cluster cannot apply {change.GetType().Name}.");
        }
    }

    private void Apply(ClusterChanged changed)
    {
        if (changed.Source is { } source)
        {
            AppliedThrough[source] = changed.Through;
        }

        foreach (var membership in changed.Memberships)
        {
            var delta = membership.Joined ? 1 : -1;
            Members += delta;
            Counts.Add(MembersByCountry, membership.Country, delta);
            Counts.Add(MembersByRegion, membership.Region, delta);
        }

        foreach (var connection in changed.Connections)
        {
            Connections = Connections.Add(connection.CountryA, connection.CountryB);
            Sequence++;
        }

        foreach (var key in changed.Keys)
        {
            Recent.TryAdd(key);
        }

        foreach (var item in changed.Items)
        {
            Head.Add(item);
            FeedTotal = item.Sequence;
            Sequence++;
            if (Head.Count == PageSize)
            {
                SealedPages++;
                Head = [];
            }
        }
    }
}
