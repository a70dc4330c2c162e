using Ise.Clusters;
using Ise.Events;
using Ise.Indexes;
using Ise.PersonalData;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// What a write would change: the SME and event index counts, every cluster's members and feed, the
/// demo events' statistics, the demo SME's journey and contacts, and today's personal-data audit.
/// </summary>
public sealed record StateSnapshot(int Smes, int Events, string Clusters, string DemoEvents, int DemoJourney, int DemoContacts, long AuditToday)
{
    private static readonly string[] s_demoEvents = ["ev-demo-taster", "ev-demo-workshop", "ev-demo-cross-border", "ev-demo-major", "ev-demo-draft"];

    public static async Task<StateSnapshot> TakeAsync(IGrainFactory grains)
    {
        var smes = await CountAsync(grains, ProgrammeCatalog.Regions.Select(r => new IndexEntry(IndexName.SmesByRegion, r.Slug)));
        var events = await CountAsync(grains, Enum.GetValues<EventStatus>().Select(s => new IndexEntry(IndexName.EventsByStatus, EventIndexes.StatusSlug(s))));
        var clusters = await Task.WhenAll(ProgrammeCatalog.Sectors.Select(s => grains.GetGrain<IClusterGrain>(s.Slug).GetAsync()));
        var demoEvents = await Task.WhenAll(s_demoEvents.Select(async id => (await grains.GetGrain<IEventGrain>(id).GetAsync(), await grains.GetGrain<IEventStatisticsGrain>(id).GetAsync())));
        var demo = grains.GetGrain<ISmeGrain>(HostileCorpus.DemoSme);
        var audit = await grains.GetGrain<IPersonalDataAuditGrain>(IseKeys.PersonalDataAuditDay(DateOnly.FromDateTime(DateTime.UtcNow))).GetPageAsync(0, 0);
        return new StateSnapshot(
            smes,
            events,
            string.Join("; ", clusters.Select(c => $"{c.Sector}: {c.Members} members, {c.FeedItems} items")),
            string.Join("; ", demoEvents.Select(e => $"{e.Item1.Id} {e.Item1.Status} {e.Item1.Confirmed}/{e.Item1.WaitListed} seq {e.Item2.Sequence}")),
            (await demo.GetJourneyAsync()).Count,
            (await demo.GetContactsAsync()).Count,
            audit.Total);
    }

    /// <summary>The state once deliveries in flight have settled (two equal snapshots in a row).</summary>
    public static async Task<StateSnapshot> SettledAsync(IGrainFactory grains)
    {
        var last = await TakeAsync(grains);
        var current = last;
        await Eventually.TrueAsync(
            async () =>
            {
                await Task.Delay(500);
                (last, current) = (current, await TakeAsync(grains));
                return last == current;
            },
            TimeSpan.FromSeconds(30),
            "the state settles");
        return current;
    }

    private static async Task<int> CountAsync(IGrainFactory grains, IEnumerable<IndexEntry> sources)
    {
        var counts = await Task.WhenAll(sources.SelectMany(s => Enumerable.Range(0, IseKeys.IndexBucketCount)
            .Select(b => grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(s.Index, s.Value, b)).CountAsync())));
        return counts.Sum();
    }
}
