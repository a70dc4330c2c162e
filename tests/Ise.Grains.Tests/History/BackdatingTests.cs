using Ise.Connections;
using Ise.Diagnostics;
using Ise.Errors;
using Ise.Events;
using Ise.Grains.Tests.Diagnostics;
using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.History.Backdating;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.History;

/// <summary>
/// Engagements dated by when they happened (issue 21): backdated diagnostics, joins and connections,
/// attendance dated by its event, frozen periods kept frozen. Expected periods are written out here
/// as the funder reads them ("2018-05", "2018-Q2"), not worked out by the platform's period rules.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class BackdatingTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task A_diagnostic_backdated_to_2018_counts_in_2018_and_keeps_when_and_by_whom_it_was_recorded()
    {
        var sme = (await RegisterDutchSmeAsync(Grains)).SmeId;
        var before = DateTimeOffset.UtcNow;

        await Grains.GetGrain<ISmeDiagnosticsGrain>(sme).SubmitDiagnosticAsync(
            Answers.Submission(Answers.All(3)) with { OccurredOn = new DateOnly(2018, 5, 3), RecordedBy = Recorder });

        var entry = Assert.Single(await Grains.GetGrain<ISmeGrain>(sme).GetJourneyAsync(), e => e.Kind == JourneyEntryKind.Diagnostic);
        Assert.Equal(new DateTime(2018, 5, 3, 12, 0, 0), entry.LocalTime);
        Assert.Equal(new DateTimeOffset(2018, 5, 3, 10, 0, 0, TimeSpan.Zero), entry.OccurredAt);
        Assert.InRange(entry.RecordedAt!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(Recorder, entry.RecordedBy);

        foreach (var period in new[] { "2018-05", "2018-Q2", "2018" })
        {
            await WaitForNetAsync(Grains, period, sme, Indicator.EnterprisesAssessed, 1);
        }

        var today = await EvidenceAsync(Grains, CurrentMonth, e => e.SubjectId == sme);
        Assert.Empty(today);
    }

    [Fact]
    public async Task A_future_occurred_on_or_one_before_the_programme_started_is_refused_and_changes_nothing()
    {
        var sme = (await RegisterDutchSmeAsync(Grains)).SmeId;
        var diagnostics = Grains.GetGrain<ISmeDiagnosticsGrain>(sme);
        var smeGrain = Grains.GetGrain<ISmeGrain>(sme);

        foreach (var day in new[] { TodayInNl.AddDays(2), new DateOnly(2016, 12, 31) })
        {
            var error = await Assert.ThrowsAsync<IseException>(() => diagnostics.SubmitDiagnosticAsync(Answers.Submission(Answers.All(3)) with { OccurredOn = day }));
            Assert.Equal((IseErrorCode.Validation, "occurredOn"), (error.Code, error.Field));
            var joinError = await Assert.ThrowsAsync<IseException>(() => smeGrain.JoinClusterAsync(Sector.Mechatronics, day, Recorder));
            Assert.Equal((IseErrorCode.Validation, "occurredOn"), (joinError.Code, joinError.Field));
        }

        Assert.Null(await diagnostics.GetDiagnosticsAsync(null));
        var journey = await smeGrain.GetJourneyAsync();
        Assert.Equal([JourneyEntryKind.Enrolled], journey.Select(e => e.Kind));
        Assert.Equal(SmeStage.Aware, (await smeGrain.GetAsync()).Stage.Stage);

        // The programme's first day is accepted, before the SME was registered.
        await diagnostics.SubmitDiagnosticAsync(Answers.Submission(Answers.All(3)) with { OccurredOn = new DateOnly(2017, 1, 1) });
        Assert.Contains(await smeGrain.GetJourneyAsync(), e => e.Kind == JourneyEntryKind.Diagnostic && e.LocalTime.Date == new DateTime(2017, 1, 1));
    }

    [Fact]
    public async Task Cluster_joins_and_leaves_are_dated_by_occurred_on_and_cannot_go_before_the_latest_change()
    {
        var sme = (await RegisterDutchSmeAsync(Grains)).SmeId;
        var grain = Grains.GetGrain<ISmeGrain>(sme);

        await grain.JoinClusterAsync(Sector.FoodAndDrink, new DateOnly(2018, 2, 1), Recorder);
        await grain.LeaveClusterAsync(Sector.FoodAndDrink, new DateOnly(2019, 6, 30), Recorder);
        var error = await Assert.ThrowsAsync<IseException>(() => grain.JoinClusterAsync(Sector.FoodAndDrink, new DateOnly(2019, 1, 1), Recorder));
        Assert.Equal((IseErrorCode.Validation, "occurredOn"), (error.Code, error.Field));

        var entries = (await grain.GetJourneyAsync()).Where(e => e.Kind is JourneyEntryKind.ClusterJoined or JourneyEntryKind.ClusterLeft).ToList();
        Assert.Equal([(JourneyEntryKind.ClusterJoined, new DateTime(2018, 2, 1, 12, 0, 0)), (JourneyEntryKind.ClusterLeft, new DateTime(2019, 6, 30, 12, 0, 0))],
            entries.Select(e => (e.Kind, e.LocalTime)));
        Assert.All(entries, e => Assert.Equal(Recorder, e.RecordedBy));
        Assert.NotEqual(SmeStage.ClusterMember, (await grain.GetAsync()).Stage.Stage);
        await WaitForNetAsync(Grains, "2018-Q1", sme, Indicator.ClusterMembers, 1);
    }

    [Fact]
    public async Task A_connection_met_on_a_past_day_is_dated_that_day_in_both_journeys()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var eventId = (await @event.GetAsync()).Id;
        var a = await RegisterDutchSmeAsync(Grains);
        var b = await RegisterDutchSmeAsync(Grains);
        var id = ConnectionIds.New();
        var connection = Grains.GetGrain<IConnectionGrain>(id);
        await connection.RecordAsync(new RecordConnection(eventId, "voka-east-flanders", Region.EastFlanders, a, b));

        var met = await connection.MarkMetAsync(new DateOnly(2020, 10, 5), Recorder);

        Assert.Equal(new DateTimeOffset(2020, 10, 5, 10, 0, 0, TimeSpan.Zero), met.MetAt);
        foreach (var sme in new[] { a.SmeId, b.SmeId })
        {
            await Eventually.TrueAsync(async () => (await Grains.GetGrain<ISmeGrain>(sme).GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.Connection),
                Wait, $"{sme}'s journey has the connection");
            var entry = Assert.Single(await Grains.GetGrain<ISmeGrain>(sme).GetJourneyAsync(), e => e.Kind == JourneyEntryKind.Connection);
            Assert.Equal((new DateTime(2020, 10, 5, 12, 0, 0), Recorder), (entry.LocalTime, entry.RecordedBy));
        }
    }

    [Fact]
    public async Task Attendance_at_an_event_of_2017_is_dated_2017_however_late_it_is_recorded()
    {
        var @event = Grains.GetGrain<IEventGrain>(EventIds.New());
        await @event.CreateAsync(PastWorkshop(new DateOnly(2017, 5, 3), 10));
        await @event.PublishAsync();
        var late = await RegisterDutchSmeAsync(Grains);
        var alsoLate = await RegisterDutchSmeAsync(Grains);
        var onPaper = await RegisterDutchSmeAsync(Grains);
        var lateCode = (await @event.RegisterAsync(late, null)).Registration.Code;
        var alsoLateCode = (await @event.RegisterAsync(alsoLate, null)).Registration.Code;
        await @event.RecordHeldAsync();

        var wrongDay = await Assert.ThrowsAsync<IseException>(() => @event.RecordRetroactiveAttendanceAsync([lateCode], new DateOnly(2017, 5, 4), Recorder));
        Assert.Equal((IseErrorCode.Validation, "occurredOn"), (wrongDay.Code, wrongDay.Field));
        Assert.Equal(AttendanceStatus.NoShow, (await BucketOf(Grains, lateCode).FindByCodeAsync(lateCode))!.Status);

        await @event.RecordRetroactiveAttendanceAsync([lateCode], new DateOnly(2017, 5, 3), Recorder);
        await @event.RecordRetroactiveAttendanceAsync([alsoLateCode]);
        await @event.WalkInOnAsync(onPaper, new DateOnly(2017, 5, 3), Recorder);

        foreach (var (sme, kind) in new[] { (late, JourneyEntryKind.RetroactiveAttendance), (alsoLate, JourneyEntryKind.RetroactiveAttendance), (onPaper, JourneyEntryKind.WalkIn) })
        {
            await Eventually.TrueAsync(async () => (await Grains.GetGrain<ISmeGrain>(sme.SmeId).GetJourneyAsync()).Any(e => e.Kind == kind),
                Wait, $"{sme.SmeId} has its {kind} entry");
            var entry = Assert.Single(await Grains.GetGrain<ISmeGrain>(sme.SmeId).GetJourneyAsync(), e => e.Kind == kind);
            Assert.Equal(new DateOnly(2017, 5, 3), DateOnly.FromDateTime(entry.LocalTime));
            Assert.True(entry.RecordedAt > new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), $"{kind} recorded today");
            await WaitForNetAsync(Grains, "2017-05", sme.SmeId, Indicator.Attendances, 1);
        }

        var paper = Assert.Single(await Grains.GetGrain<ISmeGrain>(onPaper.SmeId).GetJourneyAsync(), e => e.Kind == JourneyEntryKind.WalkIn);
        Assert.Equal(Recorder, paper.RecordedBy);
        await WaitForNetAsync(Grains, "2017-05", onPaper.SmeId, Indicator.WalkIns, 1);
        var current = await EvidenceAsync(Grains, CurrentMonth, e => e.SubjectId == late.SmeId || e.SubjectId == alsoLate.SmeId || e.SubjectId == onPaper.SmeId);
        Assert.Empty(current);
    }
}
