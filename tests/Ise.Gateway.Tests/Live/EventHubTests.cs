using System.Globalization;
using System.Net;
using System.Text.Json;
using Ise.Events;
using Ise.Gateway.Hubs;
using Ise.Gateway.Live;
using Ise.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.Live;

/// <summary>The event hub over real WebSockets: join, snapshot then deltas, leave, gaps, batching and access.</summary>
public sealed class EventHubTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private GraphQLClient Api(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    private Task<LiveClient> ConnectAsync(string key = "dev-organiser-voka-east") =>
        LiveClient.ConnectAsync(factory.CreateClient().BaseAddress!, EventHub.Path, key);

    [Fact]
    public async Task Joining_gives_the_board_then_check_ins_walk_ins_and_undo_arrive_as_numbered_deltas()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var early = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api(), "Early Bird BV"));
        await Api().DataAsync(ApiScenario.CheckIn, new { code = early });
        var code = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api(), "Zeeuwse Sensoren BV"));
        var walkIn = await ApiScenario.SmeAsync(Api(), "Walk-in <b>Werkplaats</b>");
        await Ise.Testing.Eventually.TrueAsync(async () => (await StatisticsAsync(eventId)).CheckedIn == 1, TimeSpan.FromSeconds(10), "the first check-in is counted");
        await using var client = await ConnectAsync();

        var board = await client.JoinAsync(eventId);
        await Api("dev-organiser-voka-east").DataAsync(ApiScenario.CheckIn, new { code });
        var checkedIn = await client.WaitForAsync(m => m.Kind == "Changed" && m.Figure("checkedIn") == 2, "the check-in arrives");
        await Api().DataAsync("mutation($e: ID!, $s: ID!) { walkIn(eventId: $e, smeId: $s) { outcome } }", new { e = eventId, s = walkIn });
        var walked = await client.WaitForAsync(m => m.Kind == "Changed" && m.Figure("walkIns") == 1, "the walk-in arrives");
        await Api().DataAsync("mutation($code: String!) { undoCheckIn(code: $code) { status } }", new { code });
        var undone = await client.WaitForAsync(m => m.Kind == "Changed" && Changes(m).Any(c => c.Kind == "Undone"), "the undo arrives");

        Assert.Equal(eventId, board.GetProperty("eventId").GetString());
        Assert.Equal(1, board.GetProperty("figures").GetProperty("checkedIn").GetInt32());
        Assert.Equal("Early Bird BV", board.GetProperty("arrivals")[0].GetProperty("name").GetString());
        var boardSequence = board.GetProperty("figures").GetProperty("sequence").GetInt64();
        var deltas = client.Messages.Where(m => m.Kind == "Changed").ToList();
        Assert.All(deltas, d => Assert.True(d.Sequence > boardSequence, "deltas follow the snapshot"));
        Assert.All(deltas.Skip(1).Zip(deltas), p => Assert.Equal(p.Second.Sequence, p.First.Body.GetProperty("previousSequence").GetInt64()));
        Assert.Contains(Changes(checkedIn), c => c.Kind == "CheckedIn" && c.Name == "Zeeuwse Sensoren BV" && c.Code == code);
        Assert.Contains(Changes(walked), c => c.Kind == "WalkedIn" && c.Name == "Walk-in <b>Werkplaats</b>");
        Assert.Equal((2, 1), (undone.Figure("checkedIn"), undone.Figure("walkIns")));
        Assert.Equal(2, undone.Body.GetProperty("figures").GetProperty("byCountry").GetProperty("NL").GetInt32());
    }

    [Fact]
    public async Task After_leaving_a_client_hears_nothing_more()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var first = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        var second = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        await using var client = await ConnectAsync();
        await client.JoinAsync(eventId);
        await Api().DataAsync(ApiScenario.CheckIn, new { code = first });
        await client.WaitForAsync(m => m.Kind == "Changed" && m.Figure("checkedIn") == 1, "the first check-in arrives");

        await client.LeaveAsync(eventId);
        var heard = client.Messages.Count;
        await Api().DataAsync(ApiScenario.CheckIn, new { code = second });
        await Ise.Testing.Eventually.TrueAsync(async () => (await StatisticsAsync(eventId)).CheckedIn == 2, TimeSpan.FromSeconds(10), "the second check-in is counted");
        await Task.Delay(CoalescedWindow * 4);

        Assert.Equal(heard, client.Messages.Count);
        Assert.DoesNotContain(factory.Services.GetRequiredService<LiveSubscriptions>().Sources, s => s.Group == "event:" + eventId);
    }

    [Fact]
    public async Task A_gap_in_sequence_numbers_sends_the_group_a_fresh_snapshot()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var code = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        await Api().DataAsync(ApiScenario.CheckIn, new { code });
        // The check-in reaches the statistics after it is acknowledged: the board must already show it, or the snapshot is newer than the board for that reason alone.
        await Ise.Testing.Eventually.TrueAsync(async () => (await StatisticsAsync(eventId)).CheckedIn == 1, TimeSpan.FromSeconds(30), "the check-in reaches the statistics");
        await using var client = await ConnectAsync();
        var board = await client.JoinAsync(eventId);
        var source = Assert.IsType<EventLiveSource>(factory.Services.GetRequiredService<LiveSubscriptions>().Sources.Single(s => s.Group == "event:" + eventId), exactMatch: false);
        var statistics = await StatisticsAsync(eventId);

        // As after a failover: the grain's next notification says the previous one was sequence + 5, which this gateway never saw.
        await source.OnStatisticsChanged(new EventStatisticsUpdate(statistics.Sequence + 5, statistics with { Sequence = statistics.Sequence + 6 }, []));

        var snapshot = await client.WaitForAsync(m => m.Kind == "Snapshot", "a fresh snapshot is sent");
        Assert.DoesNotContain(client.Messages, m => m.Kind == "Changed");
        Assert.Equal(1, snapshot.Figure("checkedIn"));
        Assert.Equal(board.GetProperty("figures").GetProperty("sequence").GetInt64(), snapshot.Sequence);
    }

    [Fact]
    public async Task A_grain_reactivated_without_its_watchers_is_caught_up_by_the_next_renewal()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var first = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        var second = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        await Api().DataAsync(ApiScenario.CheckIn, new { code = first });
        await using var client = await ConnectAsync();
        await client.JoinAsync(eventId);
        var source = factory.Services.GetRequiredService<LiveSubscriptions>().Sources.Single(s => s.Group == "event:" + eventId);

        // As after a failover: the statistics grain comes back elsewhere knowing no watcher, and changes before any renewal.
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await Api().DataAsync(ApiScenario.CheckIn, new { code = second });
        await Task.Delay(CoalescedWindow * 3);
        var heardBeforeRenewal = client.Messages.Count(m => m.Kind is "Changed" or "Snapshot" && m.Figure("checkedIn") == 2);
        await source.RenewAsync();

        var snapshot = await client.WaitForAsync(m => m.Kind == "Snapshot", "the renewal sends a fresh snapshot");
        Assert.Equal(0, heardBeforeRenewal);
        Assert.Equal(2, snapshot.Figure("checkedIn"));
        Assert.Equal((await StatisticsAsync(eventId)).Sequence, snapshot.Sequence);
    }

    [Fact]
    public async Task A_reactivated_grain_at_the_sequence_already_forwarded_still_gets_its_watchers_a_fresh_snapshot()
    {
        var eventId = await ApiScenario.LiveEventAsync(Api(), capacity: 10);
        var code = await ApiScenario.RegisterAsync(Api(), eventId, await ApiScenario.SmeAsync(Api()));
        await Ise.Testing.Eventually.TrueAsync(async () => (await StatisticsAsync(eventId)).Registered == 1, TimeSpan.FromSeconds(30), "the registration reaches the statistics");
        await using var client = await ConnectAsync();
        await client.JoinAsync(eventId);
        var source = Assert.IsType<EventLiveSource>(factory.Services.GetRequiredService<LiveSubscriptions>().Sources.Single(s => s.Group == "event:" + eventId), exactMatch: false);
        var statistics = await StatisticsAsync(eventId);

        // As after a failover: an activation notified a change it then failed to store, and went. Its successor
        // reaches the same sequence with other figures, and knows no watcher until the next renewal.
        await source.OnStatisticsChanged(new EventStatisticsUpdate(statistics.Sequence, statistics with { Sequence = statistics.Sequence + 1, CheckedIn = 7 }, []));
        await client.WaitForAsync(m => m.Kind == "Changed" && m.Figure("checkedIn") == 7, "the unstored change is forwarded");
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await Api().DataAsync(ApiScenario.CheckIn, new { code });
        await Ise.Testing.Eventually.TrueAsync(async () => (await StatisticsAsync(eventId)).CheckedIn == 1, TimeSpan.FromSeconds(30), "the check-in reaches the statistics");
        Assert.Equal(statistics.Sequence + 1, (await StatisticsAsync(eventId)).Sequence);
        await source.RenewAsync();

        var snapshot = await client.WaitForAsync(m => m.Kind == "Snapshot", "the renewal sends a fresh snapshot");
        Assert.Equal(1, snapshot.Figure("checkedIn"));
        Assert.Equal(statistics.Sequence + 1, snapshot.Sequence);
    }

    [Fact]
    public async Task A_burst_of_500_check_ins_sends_a_few_statistics_messages_not_500()
    {
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var @event = grains.GetGrain<IEventGrain>(EventIds.New());
        await @event.CreateAsync(new CreateEvent("Burst", Programme.ActivityKind.MajorInnovationEvent, "voka-east-flanders", Programme.Region.EastFlanders,
            [Programme.Sector.Mechatronics], DateTime.Parse(ApiScenario.Today + "T09:00:00", CultureInfo.InvariantCulture), DateTime.Parse(ApiScenario.Today + "T17:00:00", CultureInfo.InvariantCulture), "Ghent", 600, null));
        await @event.PublishAsync();
        await @event.StartAsync();
        var attendees = new List<Attendee>();
        for (var i = 0; i < 500; i++)
        {
            var firm = new Smes.RegisterSme(Programme.Country.NL, TestCompanyIds.Kvk(), $"Burst firm {i}", Programme.Region.SouthWestNetherlands, Programme.Sector.Mechatronics, 5,
                new Smes.Money(100_000m, Smes.Currency.EUR), new Smes.Money(50_000m, Smes.Currency.EUR), "innovatiehuis", []);
            var smeId = IseKeys.Sme(firm.Country, firm.CompanyId!);
            await grains.GetGrain<Smes.ISmeGrain>(smeId).RegisterAsync(firm);
            attendees.Add(new Attendee(smeId, firm.Country, firm.Region, firm.Sector, null));
        }

        var codes = (await @event.RegisterManyAsync(attendees)).Select(o => o.Registration.Code).ToList();
        var eventId = (await @event.GetAsync()).Id;
        await using var client = await ConnectAsync("dev-secretariat");
        await client.JoinAsync(eventId);

        var started = DateTime.UtcNow;
        await Task.WhenAll(codes.Select(code =>
        {
            var parsed = AttendeeCode.Parse(code);
            return grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(parsed.EventId, parsed.Bucket)).CheckInAsync(code);
        }));
        await client.WaitForAsync(m => m.Figure("checkedIn") == 500, "all 500 check-ins are shown", TimeSpan.FromSeconds(60));
        var seconds = (DateTime.UtcNow - started).TotalSeconds;

        var messages = client.Messages.Count;
        Assert.True(messages <= 4 * Math.Ceiling(seconds) + 2, $"{messages} messages in {seconds:0.0} s: at most 4 a second");
        Assert.True(messages < 50, $"{messages} statistics messages for 500 check-ins");
    }

    [Fact]
    public async Task Door_staff_cannot_watch_another_event_and_a_missing_key_or_event_is_refused()
    {
        var otherEvent = await ApiScenario.LiveEventAsync(Api(), capacity: 5);
        await using var door = await ConnectAsync("dev-door-workshop");
        var board = await door.JoinAsync(Demo.DemoEvents.WorkshopId);

        var forbidden = await Assert.ThrowsAsync<HubException>(() => door.JoinAsync(otherEvent));
        var missing = await Assert.ThrowsAsync<HubException>(() => door.JoinAsync("ev-nosuchevent"));
        var anonymous = await Assert.ThrowsAsync<HttpRequestException>(() => LiveClient.ConnectAsync(factory.CreateClient().BaseAddress!, EventHub.Path, null));
        var wrongKey = await Assert.ThrowsAsync<HttpRequestException>(() => LiveClient.ConnectAsync(factory.CreateClient().BaseAddress!, EventHub.Path, "no-such-key"));
        var member = await Assert.ThrowsAsync<HttpRequestException>(() => LiveClient.ConnectAsync(factory.CreateClient().BaseAddress!, EventHub.Path, "dev-member-gentse-sensoren"));

        Assert.Equal(Demo.DemoEvents.WorkshopId, board.GetProperty("eventId").GetString());
        Assert.Contains("HubException: FORBIDDEN:", forbidden.Message, StringComparison.Ordinal);
        Assert.Contains(otherEvent, forbidden.Message, StringComparison.Ordinal);
        Assert.Contains("HubException: NOT_FOUND:", missing.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.DoesNotContain(factory.Services.GetRequiredService<LiveSubscriptions>().Sources, s => s.Group == "event:" + otherEvent);
    }

    [Fact]
    public async Task The_access_token_query_string_is_accepted_on_hub_paths_only()
    {
        var onHub = await factory.CreateClient().PostAsync(new Uri(EventHub.Path + "/negotiate?negotiateVersion=1&access_token=dev-secretariat", UriKind.Relative), null);
        var onApi = await factory.CreateClient().GetAsync(new Uri("/api/me?access_token=dev-secretariat", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, onHub.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, onApi.StatusCode);
    }

    private static readonly TimeSpan CoalescedWindow = Ise.Live.CoalescedWatchers<IEventStatisticsObserver>.Interval;

    private Task<EventStatistics> StatisticsAsync(string eventId) =>
        factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IEventStatisticsGrain>(eventId).GetAsync();

    private static List<BoardArrival> Changes(LiveMessage message) =>
        message.Body.GetProperty("changes").Deserialize<List<BoardArrival>>(JsonSerializerOptions.Web)!;
}
