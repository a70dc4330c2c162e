using Ise.Errors;
using Ise.Events;
using Ise.Indicators;
using Ise.Programme;
using static Ise.Grains.Tests.History.Backdating;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Events;

/// <summary>
/// A past event (its last local day before the region's today) is never started: starting it is refused with a
/// pointer to the history import, and it is loaded closed as held instead (issue 21).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PastEventTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    private static DateOnly TodayInEastFlanders => DateOnly.FromDateTime(ProgrammeTime.ToLocal(DateTimeOffset.UtcNow, Region.EastFlanders));

    [Fact]
    public async Task Starting_an_event_that_ended_yesterday_is_refused_pointing_to_the_history_import_and_changes_nothing()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Open, definition: PastWorkshop(TodayInEastFlanders.AddDays(-1), 10));
        var code = (await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null)).Registration.Code;
        var before = await @event.GetAsync();

        var refused = await Assert.ThrowsAsync<IseException>(() => @event.StartAsync());

        Assert.Equal((IseErrorCode.Conflict, "endsAt"), (refused.Code, refused.Field));
        Assert.Contains($"ended on {TodayInEastFlanders.AddDays(-1):yyyy-MM-dd}, before today ({TodayInEastFlanders:yyyy-MM-dd} in East Flanders)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("history import (POST /api/imports/history/events)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("recordRetroactiveAttendance", refused.Message, StringComparison.Ordinal);
        var after = await @event.GetAsync();
        Assert.Equal((EventStatus.Open, before.Confirmed), (after.Status, after.Confirmed));
        Assert.Equal(AttendanceStatus.Registered, (await BucketOf(Grains, code).FindByCodeAsync(code))!.Status);
    }

    [Fact]
    public async Task An_event_that_ends_today_is_started_whatever_the_hour()
    {
        var today = TodayInEastFlanders;
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Open, definition: PastWorkshop(today, 10) with { StartsAtLocal = today.ToDateTime(new TimeOnly(0, 0)), EndsAtLocal = today.ToDateTime(new TimeOnly(0, 30)) });

        Assert.Equal(EventStatus.Live, (await @event.StartAsync()).Status);
    }

    [Fact]
    public async Task A_past_event_is_recorded_as_held_its_registrations_become_no_shows_and_it_counts_in_its_own_month()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Open, definition: PastWorkshop(new DateOnly(2019, 3, 14), 10));
        var eventId = @event.GetPrimaryKeyString();
        var code = (await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null)).Registration.Code;

        var held = await @event.RecordHeldAsync();
        var again = await @event.RecordHeldAsync();

        Assert.Equal((EventStatus.Closed, EventStatus.Closed), (held.Status, again.Status));
        Assert.Equal(AttendanceStatus.NoShow, (await BucketOf(Grains, code).FindByCodeAsync(code))!.Status);
        await WaitForNetAsync(Grains, "2019-03", eventId, Indicator.EventsHeld, 1);
        await WaitForNetAsync(Grains, "2019-Q1", eventId, Indicator.EventsHeld, 1);
        Assert.Empty(await EvidenceAsync(Grains, CurrentMonth, e => e.SubjectId == eventId));
    }

    [Fact]
    public async Task Recording_as_held_is_refused_for_an_event_of_today_a_live_event_and_one_before_the_programme()
    {
        var today = await CreateEventAsync(Grains, 10, EventStatus.Open);
        var live = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var tooEarly = await CreateEventAsync(Grains, 10, EventStatus.Draft, definition: PastWorkshop(new DateOnly(2016, 6, 1), 10));

        var notPast = await Assert.ThrowsAsync<IseException>(() => today.RecordHeldAsync());
        var running = await Assert.ThrowsAsync<IseException>(() => live.RecordHeldAsync());
        var beforeProgramme = await Assert.ThrowsAsync<IseException>(() => tooEarly.RecordHeldAsync());

        Assert.Equal((IseErrorCode.Conflict, "endsAt"), (notPast.Code, notPast.Field));
        Assert.Contains("only a past event is recorded as held", notPast.Message, StringComparison.Ordinal);
        Assert.Equal((IseErrorCode.Conflict, "eventId"), (running.Code, running.Field));
        Assert.Equal((IseErrorCode.Validation, "startsAt"), (beforeProgramme.Code, beforeProgramme.Field));
        Assert.Equal((EventStatus.Open, EventStatus.Live, EventStatus.Draft), ((await today.GetAsync()).Status, (await live.GetAsync()).Status, (await tooEarly.GetAsync()).Status));
    }
}
