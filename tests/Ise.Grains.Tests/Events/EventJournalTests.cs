using Ise.Clusters;
using Ise.Effects;
using Ise.Events;
using Ise.Grains.Tests.Support;
using Ise.Indexes;
using Ise.Journal;
using Ise.Programme;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Events;

/// <summary>
/// Events on the journal: each step of the life cycle and each change of the seat accounting is one row, replayed to the
/// same event after deactivation; a bucket change the event did not store is reconciled in one row; an event stored
/// whole before the journal is moved in with its undelivered effects and joins the list by host partner.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EventJournalTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    private IServiceProvider Silo => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider;

    [Fact]
    public async Task Each_step_and_seat_change_is_one_row_and_replay_gives_the_same_event()
    {
        var @event = await CreateEventAsync(Grains, 2, EventStatus.Open, waitingListLimit: 1);
        var id = @event.GetPrimaryKeyString();
        var first = await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null);
        await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null);
        var waiting = await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null);
        Assert.Equal(AttendanceStatus.WaitListed, waiting.Registration.Status);
        await @event.CancelRegistrationAsync(first.Registration.Code);
        Assert.Equal(AttendanceStatus.Registered, (await BucketOf(Grains, waiting.Registration.Code).FindByCodeAsync(waiting.Registration.Code))!.Status);
        await @event.StartAsync();
        await @event.CloseAsync();
        var closed = await @event.GetAsync();

        Assert.Equal(
            ["ise.event.created", "ise.event.status-changed", "ise.event.seats-changed", "ise.event.seats-changed", "ise.event.seats-changed",
                "ise.event.seats-changed", "ise.event.status-changed", "ise.event.status-changed"],
            await KindsAsync(id));
        Assert.Equal((2, 0), (closed.Confirmed, closed.WaitListed));

        await Grains.DeactivateAsync(@event, "the event");
        Assert.Equivalent(closed, await @event.GetAsync(), strict: true);
        Assert.Equal(8, (await KindsAsync(id)).Count);

        // Its lists follow its status, and it is listed under the partner hosting it.
        await Eventually.TrueAsync(async () => await IsListedAsync(IndexName.EventsByStatus, "closed", id), TimeSpan.FromSeconds(10), "the event is listed as closed");
        Assert.False(await IsListedAsync(IndexName.EventsByStatus, "open", id));
        Assert.False(await IsListedAsync(IndexName.EventsByStatus, "live", id));
        Assert.True(await IsListedAsync(IndexName.EventsByHostPartner, "voka-east-flanders", id));
    }

    [Fact]
    public async Task A_registration_a_bucket_stored_without_the_event_is_reconciled_in_one_row_at_activation()
    {
        var @event = await CreateEventAsync(Grains, 5, EventStatus.Open);
        var view = await @event.GetAsync();
        await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null);
        var stray = await RegisterDutchSmeAsync(Grains);
        var bucket = StableHash.Bucket(stray.SmeId, view.BucketCount);
        var definition = view.Definition;
        await Grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(view.Id, bucket)).AddAsync(
            new BucketEvent(view.Id, view.Status, definition.Kind, definition.HostPartnerId, definition.Region, view.StartsAt),
            new Registration(AttendeeCode.New(view.Id, bucket).ToString(), view.Id, stray, AttendanceStatus.Registered, DateTimeOffset.UtcNow, null, false, false, null), null);

        await Grains.DeactivateAsync(@event, "the event");
        Assert.Equal(2, (await @event.GetAsync()).Confirmed);
        await Grains.DeactivateAsync(@event, "the event");
        Assert.Equal(2, (await @event.GetAsync()).Confirmed);

        Assert.Equal(["ise.event.created", "ise.event.status-changed", "ise.event.seats-changed", "ise.event.seats-reconciled"], await KindsAsync(view.Id));
    }

    [Fact]
    public void An_event_stored_whole_moves_in_with_its_undelivered_effects_and_joins_its_host_partners_list()
    {
        var id = EventIds.New();
        var definition = Workshop(40);
        var legacy = new LegacyEventState
        {
            Definition = definition, Status = EventStatus.Live, StartsAt = DateTimeOffset.UnixEpoch, EndsAt = DateTimeOffset.UnixEpoch.AddHours(4),
            BucketCount = 2, SeatsTaken = 3, WaitingList = ["code-1"], WaitingListLimit = 40, UsedBuckets = [0, 1],
        };
        legacy.Outbox.Add(EffectTarget.Index, "EventsByStatus/open/3", new IndexMembershipEffect(id, Present: true));
        legacy.Outbox.Add(EffectTarget.Cluster, "mechatronics", new ClusterFeedEffect(ClusterFeedItemKind.EventAnnounced, DateTimeOffset.UnixEpoch, id, definition.Title, null));
        legacy.Outbox.Pending.RemoveAt(0);

        var (append, row, state) = LegacyMoves.Move<EventJournalState, IEventChange>(Silo, json => new EventLegacyConverter(json), id, legacy, (s, e) => s.Apply(e));

        Assert.Equal((EventGrain.Stream(id), "ise.event.carried-over"), (append.Stream, row.Kind));
        var hostList = IseKeys.IndexBucket(IndexName.EventsByHostPartner, "voka-east-flanders", StableHash.Bucket(id, IseKeys.IndexBucketCount));
        Assert.Equal(
            [(EffectTarget.Index, hostList, null, null), (EffectTarget.Cluster, "mechatronics", id, 2L)],
            append.Effects.Select(e => (e.Target, e.Key, e.Origin?.Source, e.Origin?.Sequence)).ToArray());
        Assert.Equal(3L + 1, ((IndexMembershipEffect)append.Effects[0].Effect).Version);
        Assert.Equal(definition.Sectors, state.Definition!.Sectors);
        Assert.Equal((definition, EventStatus.Live, 3, 2, 40, 3L), (state.Definition with { Sectors = definition.Sectors }, state.Status, state.SeatsTaken, state.BucketCount, state.WaitingListLimit, state.VersionBase));
        Assert.Equal(["code-1"], state.WaitingList);
        Assert.Equal([0, 1], state.UsedBuckets);
    }

    private async Task<List<string>> KindsAsync(string eventId) =>
        [.. (await Silo.GetRequiredService<IJournalStore>().ReadStreamAsync(EventGrain.Stream(eventId))).Tail.Select(r => r.Kind)];

    private async Task<bool> IsListedAsync(IndexName index, string value, string member) =>
        (await Grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(index, value, StableHash.Bucket(member, IseKeys.IndexBucketCount))).GetPageAsync(null, 1000))
            .Members.Contains(member);
}
