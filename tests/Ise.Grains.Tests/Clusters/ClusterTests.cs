using Ise.Clusters;
using Ise.Connections;
using Ise.Errors;
using Ise.Events;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Clusters;

[Collection(ClusterCollection.Name)]
public sealed class ClusterTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task Joining_leaving_and_rejoining_is_recorded_in_the_journey_counts_and_feed()
    {
        var sector = Sector.NewMaterials;
        var cluster = Grains.GetGrain<IClusterGrain>(ProgrammeCatalog.Describe(sector).Slug);
        var before = await cluster.GetAsync();
        var sme = await RegisterDutchSmeAsync(Grains);
        var grain = Grains.GetGrain<ISmeGrain>(sme.SmeId);

        var joined = await grain.JoinClusterAsync(sector);
        var twice = await Assert.ThrowsAsync<IseException>(() => grain.JoinClusterAsync(sector));
        await WaitForMembersAsync(cluster, before.Members + 1);
        await grain.LeaveClusterAsync(sector);
        await WaitForMembersAsync(cluster, before.Members);
        await grain.JoinClusterAsync(sector);
        await WaitForMembersAsync(cluster, before.Members + 1);

        Assert.Equal(SmeStage.ClusterMember, joined.Stage.Stage);
        Assert.Equal(IseErrorCode.Conflict, twice.Code);
        var journey = await grain.GetJourneyAsync();
        Assert.Equal(2, journey.Count(e => e.Kind == JourneyEntryKind.ClusterJoined));
        Assert.Single(journey, e => e.Kind == JourneyEntryKind.ClusterLeft);
        var after = await cluster.GetAsync();
        Assert.Equal(before.MembersByCountry.GetValueOrDefault(Country.NL) + 1, after.MembersByCountry[Country.NL]);
        var feed = await cluster.GetFeedAsync(null, 3);
        Assert.Equal([ClusterFeedItemKind.MemberJoined, ClusterFeedItemKind.MemberLeft, ClusterFeedItemKind.MemberJoined],
            feed.Items.Where(i => i.SmeId == sme.SmeId).Select(i => i.Kind).Reverse());
        var bucket = Grains.GetGrain<IClusterMembersGrain>(IseKeys.ClusterMembers("new-materials", sme.SmeId));
        Assert.Contains((await bucket.GetPageAsync(null, 1000)).Members, m => m.SmeId == sme.SmeId);
    }

    [Fact]
    public async Task The_feed_pages_back_to_the_very_first_item_across_sealed_pages()
    {
        var cluster = Grains.GetGrain<IClusterGrain>("food-and-drink");
        var sme = await RegisterDutchSmeAsync(Grains);
        var start = (await cluster.GetAsync()).FeedItems;
        for (var i = 0; i < 130; i++)
        {
            await cluster.PostAsync(sme.SmeId, $"post {i} <b>not bold</b>", $"key-{i}");
        }

        var retried = await cluster.PostAsync(sme.SmeId, "post 5 again", "key-5");
        var all = new List<ClusterFeedItem>();
        long? before = null;
        ClusterFeedPage page;
        do
        {
            page = await cluster.GetFeedAsync(before, 40);
            all.AddRange(page.Items);
            before = page.Items.Count > 0 ? page.Items[^1].Sequence : before;
        }
        while (page.HasOlder);

        Assert.Equal(start + 130, (await cluster.GetAsync()).FeedItems);
        Assert.Equal("post 5 <b>not bold</b>", retried.Text);
        Assert.Equal(Enumerable.Range(1, (int)start + 130).Select(i => (long)i).Reverse(), all.Select(i => i.Sequence));
        Assert.Equal(Enumerable.Range(0, 130).Select(i => $"post {i} <b>not bold</b>").Reverse(), all.Where(i => i.SmeId == sme.SmeId && i.Kind == ClusterFeedItemKind.Post).Select(i => i.Text));
    }

    [Fact]
    public async Task Bad_posts_and_unknown_sectors_are_refused()
    {
        var empty = await Assert.ThrowsAsync<IseException>(() => Grains.GetGrain<IClusterGrain>("mechatronics").PostAsync("NL-12345678", "   ", null));
        var unknown = await Assert.ThrowsAsync<IseException>(() => Grains.GetGrain<IClusterGrain>("space-tourism").GetAsync());
        var unregistered = await Assert.ThrowsAsync<IseException>(() => Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, NewKvk())).JoinClusterAsync(Sector.Mechatronics));

        Assert.Equal(("text", IseErrorCode.Validation), (empty.Field, empty.Code));
        Assert.Equal(IseErrorCode.NotFound, unknown.Code);
        Assert.Equal(IseErrorCode.NotFound, unregistered.Code);
    }

    [Fact]
    public async Task Connections_are_counted_once_for_the_event_and_clusters_and_cross_border_when_countries_differ()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live, kind: ActivityKind.CrossBorderEvent);
        var view = await @event.GetAsync();
        var dutch = await RegisterDutchSmeAsync(Grains);
        var otherDutch = await RegisterDutchSmeAsync(Grains);
        var belgianId = IseKeys.Sme(Country.BE, "0403170701");
        await Grains.GetGrain<ISmeGrain>(belgianId).RegisterAsync(new RegisterSme(Country.BE, "0403170701", "Belgian firm", Region.EastFlanders,
            Sector.Mechatronics, 20, new Money(1_000_000m, Currency.EUR), new Money(500_000m, Currency.EUR), "voka-east-flanders", []));
        var belgian = new Attendee(belgianId, Country.BE, Region.EastFlanders, Sector.Mechatronics, null);
        var cluster = Grains.GetGrain<IClusterGrain>("mechatronics");
        var clusterBefore = (await cluster.GetAsync()).Connections;

        var crossBorder = Grains.GetGrain<IConnectionGrain>(ConnectionIds.New());
        await crossBorder.RecordAsync(new RecordConnection(view.Id, "voka-east-flanders", Region.EastFlanders, dutch, belgian));
        await crossBorder.MarkMetAsync();
        await crossBorder.MarkMetAsync();
        var local = Grains.GetGrain<IConnectionGrain>(ConnectionIds.New());
        await local.RecordAsync(new RecordConnection(view.Id, "voka-east-flanders", Region.EastFlanders, dutch, otherDutch));
        var beforeMeeting = await Assert.ThrowsAsync<IseException>(() => local.RateFollowUpAsync(4));
        await local.MarkMetAsync();
        await local.RecordOutcomeAsync("follow-up planned");
        var rated = await local.RateFollowUpAsync(4);

        Assert.Equal(IseErrorCode.Conflict, beforeMeeting.Code);
        Assert.Equal(("follow-up planned", 4), (rated.Outcome, rated.FollowUpRating));
        var statistics = Grains.GetGrain<IEventStatisticsGrain>(view.Id);
        await Eventually.TrueAsync(async () => (await statistics.GetAsync()).Connections.Made == 2, TimeSpan.FromSeconds(10), "the event counts both connections");
        var tally = (await statistics.GetAsync()).Connections;
        Assert.Equal((2, 1), (tally.Made, tally.CrossBorder));
        Assert.Equal([Country.BE, Country.NL], tally.Countries);
        await Eventually.TrueAsync(async () => (await cluster.GetAsync()).Connections.Made == clusterBefore.Made + 2, TimeSpan.FromSeconds(10), "the cluster counts both");
        Assert.Equal(clusterBefore.CrossBorder + 1, (await cluster.GetAsync()).Connections.CrossBorder);
        await Eventually.TrueAsync(async () => (await Grains.GetGrain<ISmeGrain>(belgianId).GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.Connection && e.CounterpartCountry == Country.NL),
            TimeSpan.FromSeconds(10), "the connection is in the Belgian journey");
        await Eventually.TrueAsync(async () => (await Grains.GetGrain<ISmeGrain>(dutch.SmeId).GetAsync()).Stage.Stage == SmeStage.Internationalising,
            TimeSpan.FromSeconds(10), "a cross-border connection makes the Dutch SME internationalising");
    }

    [Fact]
    public async Task Events_are_announced_to_their_sectors_clusters_and_closing_reports_attendance()
    {
        var cluster = Grains.GetGrain<IClusterGrain>("mechatronics");
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var id = (await @event.GetAsync()).Id;
        var came = await RegisterDutchSmeAsync(Grains);
        var code = (await @event.RegisterAsync(came, null)).Registration.Code;
        await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null);
        await BucketOf(Grains, code).CheckInAsync(code);

        await @event.CloseAsync();

        await Eventually.TrueAsync(async () => (await cluster.GetFeedAsync(null, 100)).Items.Any(i => i.EventId == id && i.Kind == ClusterFeedItemKind.EventClosed),
            TimeSpan.FromSeconds(10), "the closed event is in the feed");
        var items = (await cluster.GetFeedAsync(null, 100)).Items.Where(i => i.EventId == id).ToList();
        Assert.Single(items, i => i.Kind == ClusterFeedItemKind.EventAnnounced);
        Assert.Equal(1, items.Single(i => i.Kind == ClusterFeedItemKind.EventClosed).Attendance);
    }

    private static Task WaitForMembersAsync(IClusterGrain cluster, int members) =>
        Eventually.TrueAsync(async () => (await cluster.GetAsync()).Members == members, TimeSpan.FromSeconds(10), $"the cluster counts {members} members");
}
