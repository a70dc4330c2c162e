using Ise.Clusters;
using Ise.Events;
using Ise.Indexes;
using Ise.PersonalData;
using Ise.Programme;
using Ise.Security;
using Ise.Smes;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// What a write would change: the SME and event index counts, every cluster's members and feed, the
/// demo events' statistics, the demo SME's journey and contacts, today's personal-data audit, the API
/// key directory and the people's accounts.
/// </summary>
public sealed record StateSnapshot(int Smes, int Events, string Clusters, string DemoEvents, int DemoJourney, int DemoContacts, long AuditToday, string ApiKeys, string People)
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
            audit.Total,
            string.Join("; ", (await grains.GetGrain<IApiKeyDirectoryGrain>(IseKeys.ApiKeyDirectory).ListAsync()).Select(k => $"{k.Id} {k.Name} {k.Role} {k.Scope} {k.RotatedToId} {k.ExpiresAt} {k.RevokedAt}")),
            await PeopleAsync(grains));
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

    /// <summary>Every listed account with what a hostile change could alter: role, scope, disabled, security stamp.</summary>
    private static async Task<string> PeopleAsync(IGrainFactory grains)
    {
        var emails = await grains.GetGrain<IPersonDirectoryGrain>(IseKeys.PersonDirectory).EmailsAsync();
        var accounts = await Task.WhenAll(emails.Select(e => grains.GetGrain<IPersonAccountGrain>(e).GetCredentialsAsync()));
        return string.Join("; ", accounts.OfType<PersonCredentials>().Select(c => $"{c.Account.Email} {c.Account.Role} {c.Account.Scope} {c.Account.Disabled} {c.SecurityStamp}"));
    }

    private static async Task<int> CountAsync(IGrainFactory grains, IEnumerable<IndexEntry> sources)
    {
        var counts = await Task.WhenAll(sources.SelectMany(s => Enumerable.Range(0, IseKeys.IndexBucketCount)
            .Select(b => grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(s.Index, s.Value, b)).CountAsync())));
        return counts.Sum();
    }
}
