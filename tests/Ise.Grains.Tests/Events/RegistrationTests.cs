using Ise.Errors;
using Ise.Events;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Events;

[Collection(ClusterCollection.Name)]
public sealed class RegistrationTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task A_retried_registration_is_harmless()
    {
        var @event = await CreateEventAsync(Grains, 5, EventStatus.Open);
        var sme = await RegisterDutchSmeAsync(Grains);

        var first = await @event.RegisterAsync(sme, "request-1");
        var retry = await @event.RegisterAsync(sme, "request-1");
        var again = await @event.RegisterAsync(sme, null);

        Assert.True(first.Created);
        Assert.False(retry.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Registration.Code, retry.Registration.Code);
        Assert.Equal(first.Registration.Code, again.Registration.Code);
        Assert.Equal(1, (await @event.GetAsync()).Confirmed);
    }

    [Fact]
    public async Task The_waiting_list_is_promoted_in_order_on_cancellation()
    {
        var @event = await CreateEventAsync(Grains, 2, EventStatus.Open);
        var codes = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add((await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null)).Registration.Code);
        }

        Assert.Equal([AttendanceStatus.Registered, AttendanceStatus.Registered, AttendanceStatus.WaitListed, AttendanceStatus.WaitListed],
            await StatusesAsync(codes));

        await @event.CancelRegistrationAsync(codes[1]);
        Assert.Equal([AttendanceStatus.Registered, AttendanceStatus.Cancelled, AttendanceStatus.Registered, AttendanceStatus.WaitListed],
            await StatusesAsync(codes));

        await @event.CancelRegistrationAsync(codes[3]);
        await @event.CancelRegistrationAsync(codes[0]);
        var view = await @event.GetAsync();
        Assert.Equal(1, view.Confirmed);
        Assert.Equal(0, view.WaitListed);
    }

    [Fact]
    public async Task A_full_event_with_a_full_waiting_list_refuses_and_changes_nothing()
    {
        var @event = await CreateEventAsync(Grains, 1, EventStatus.Open, waitingListLimit: 1);
        await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null);
        await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null);

        var refused = await Assert.ThrowsAsync<IseException>(async () => await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null));

        Assert.Equal(IseErrorCode.Conflict, refused.Code);
        Assert.Contains("full", refused.Message, StringComparison.Ordinal);
        var view = await @event.GetAsync();
        Assert.Equal((1, 1), (view.Confirmed, view.WaitListed));
        Assert.Equal(2, (await @event.ListRegistrationsAsync(null)).Count);
    }

    [Fact]
    public async Task Registration_refuses_a_draft_event_and_unknown_events_are_not_found()
    {
        var draft = await CreateEventAsync(Grains, 5, EventStatus.Draft);
        var sme = await RegisterDutchSmeAsync(Grains);

        var closed = await Assert.ThrowsAsync<IseException>(() => draft.RegisterAsync(sme, null));
        var missing = await Assert.ThrowsAsync<IseException>(() => Grains.GetGrain<IEventGrain>(EventIds.New()).GetAsync());

        Assert.Equal(IseErrorCode.Conflict, closed.Code);
        Assert.Equal(IseErrorCode.NotFound, missing.Code);
        Assert.Equal("eventId", missing.Field);
    }

    [Fact]
    public async Task An_invalid_event_definition_is_refused_naming_the_field()
    {
        var grain = Grains.GetGrain<IEventGrain>(EventIds.New());

        var error = await Assert.ThrowsAsync<IseException>(() => grain.CreateAsync(Workshop(0)));
        var notAnEventKind = await Assert.ThrowsAsync<IseException>(() => grain.CreateAsync(Workshop(5, kind: Ise.Programme.ActivityKind.DiagnosticAssessment)));

        Assert.Equal("capacity", error.Field);
        Assert.Equal("kind", notAnEventKind.Field);
        await Assert.ThrowsAsync<IseException>(() => grain.GetAsync());
    }

    [Fact]
    public async Task An_imported_list_registers_each_attendee_once_with_one_write_per_bucket()
    {
        var @event = await CreateEventAsync(Grains, 500, EventStatus.Open, waitingListLimit: 100);
        var attendees = Enumerable.Range(0, 600).Select(_ => new Attendee(
            Ise.IseKeys.Sme(Ise.Programme.Country.NL, NewKvk()), Ise.Programme.Country.NL, Ise.Programme.Region.SouthWestNetherlands,
            Ise.Programme.Sector.FoodAndDrink, null)).ToList();

        var outcomes = await @event.RegisterManyAsync(attendees);
        var again = await @event.RegisterManyAsync(attendees.Take(10).ToList());
        var overflow = await Assert.ThrowsAsync<IseException>(() => @event.RegisterManyAsync([attendees[0] with { SmeId = Ise.IseKeys.Sme(Ise.Programme.Country.NL, NewKvk()) }]));

        Assert.Equal(600, outcomes.Count(o => o.Created));
        Assert.Equal(500, outcomes.Count(o => o.Registration.Status == AttendanceStatus.Registered));
        Assert.All(again, o => Assert.False(o.Created));
        Assert.Equal(outcomes.Take(10).Select(o => o.Registration.Code), again.Select(o => o.Registration.Code));
        Assert.Equal("attendees", overflow.Field);
        var view = await @event.GetAsync();
        Assert.Equal((500, 100), (view.Confirmed, view.WaitListed));
        Assert.Equal(600, (await @event.ListRegistrationsAsync(null)).Count);
    }

    [Fact]
    public async Task Buckets_are_sized_for_a_few_dozen_registrations()
    {
        var small = await CreateEventAsync(Grains, 20, EventStatus.Draft, waitingListLimit: 0);
        var large = await CreateEventAsync(Grains, 10_000, EventStatus.Draft);

        Assert.Equal(1, (await small.GetAsync()).BucketCount);
        Assert.Equal(20_000 / Ise.IseKeys.RegistrationsPerBucket, (await large.GetAsync()).BucketCount);
    }

    private async Task<List<AttendanceStatus>> StatusesAsync(List<string> codes)
    {
        var statuses = new List<AttendanceStatus>();
        foreach (var code in codes)
        {
            statuses.Add((await BucketOf(Grains, code).FindByCodeAsync(code))!.Status);
        }

        return statuses;
    }
}
