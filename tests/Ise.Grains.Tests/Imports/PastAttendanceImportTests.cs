using Ise.Events;
using Ise.Imports;
using Ise.Indicators;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.History.Backdating;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Imports;

/// <summary>
/// The attendance list of a past event loaded as held (no registrations): attended, walk-in and no-show rows
/// recorded on the event's day, whatever day they are loaded, and a re-run unchanged.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PastAttendanceImportTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task A_past_events_list_records_attended_walk_ins_and_no_shows_on_its_day_within_its_seats_and_a_rerun_changes_nothing()
    {
        var @event = await CreateEventAsync(Grains, 3, EventStatus.Draft, definition: PastWorkshop(new DateOnly(2018, 11, 6), 3));
        await @event.RecordHeldAsync();
        var eventId = @event.GetPrimaryKeyString();
        var (came, walkedIn, stayedAway, late) = (await RegisterDutchSmeAsync(Grains), await RegisterDutchSmeAsync(Grains), await RegisterDutchSmeAsync(Grains), await RegisterDutchSmeAsync(Grains));
        IReadOnlyList<ImportRow> rows =
        [
            Row(2, came.SmeId, "Attended"), Row(3, walkedIn.SmeId, "walk-in"), Row(4, stayedAway.SmeId, "No show"),
            Row(5, late.SmeId, "maybe"), Row(6, came.SmeId, ""),
        ];

        var first = await RunAsync(eventId, rows);
        var second = await RunAsync(eventId, rows);
        var full = await RunAsync(eventId, [Row(2, late.SmeId, "")]);
        var contradicted = await RunAsync(eventId, [Row(2, came.SmeId, "absent")]);

        Assert.Equal((3, 0, 2), (first.Accepted, first.Unchanged, first.Rejected));
        Assert.Equal(["registered and recorded attended retroactively", "walk-in recorded after the event", "registered and recorded a no-show after the event"], first.Rows.Select(r => r.Message));
        var reasons = first.RejectedRows.ToDictionary(r => r.Line, r => r.Message);
        Assert.Equal("status: 'maybe' is not attended, walk-in or no-show", reasons[5]);
        Assert.Equal("duplicate of line 2", reasons[6]);
        Assert.Equal((0, 3, 2), (second.Accepted, second.Unchanged, second.Rejected));
        Assert.Equal($"sme_id: Event {eventId} is full (3 seats): the list names more attendees than it had seats.", Assert.Single(full.RejectedRows).Message);
        Assert.StartsWith("status: The registration ", Assert.Single(contradicted.RejectedRows).Message, StringComparison.Ordinal);
        Assert.EndsWith("is already checked in, not a no-show: an attendance recorded is not undone after the event.", contradicted.RejectedRows[0].Message, StringComparison.Ordinal);

        var registrations = (await @event.ListRegistrationsAsync(null)).ToDictionary(r => r.Attendee.SmeId);
        Assert.Equal((AttendanceStatus.CheckedIn, false, true), (registrations[came.SmeId].Status, registrations[came.SmeId].WalkIn, registrations[came.SmeId].Retroactive));
        Assert.Equal((AttendanceStatus.CheckedIn, true), (registrations[walkedIn.SmeId].Status, registrations[walkedIn.SmeId].WalkIn));
        Assert.Equal(AttendanceStatus.NoShow, registrations[stayedAway.SmeId].Status);
        Assert.False(registrations.ContainsKey(late.SmeId));
        Assert.Equal((EventStatus.Closed, 3), ((await @event.GetAsync()).Status, (await @event.GetAsync()).Confirmed));

        foreach (var (sme, kind) in new[] { (came, JourneyEntryKind.RetroactiveAttendance), (walkedIn, JourneyEntryKind.WalkIn), (stayedAway, JourneyEntryKind.NoShow) })
        {
            await Eventually.TrueAsync(async () => (await Grains.GetGrain<ISmeGrain>(sme.SmeId).GetJourneyAsync()).Any(e => e.Kind == kind), Wait, $"{sme.SmeId} has its {kind} entry");
            var entry = Assert.Single(await Grains.GetGrain<ISmeGrain>(sme.SmeId).GetJourneyAsync(), e => e.Kind == kind);
            Assert.Equal((new DateTime(2018, 11, 6, 9, 30, 0), Recorder), (entry.LocalTime, entry.RecordedBy));
        }

        await WaitForNetAsync(Grains, "2018-11", came.SmeId, Indicator.Attendances, 1);
        await WaitForNetAsync(Grains, "2018-11", walkedIn.SmeId, Indicator.WalkIns, 1);
        await WaitForNetAsync(Grains, "2018-11", stayedAway.SmeId, Indicator.NoShows, 1);
        await WaitForNetAsync(Grains, "2018-Q4", came.SmeId, Indicator.EnterprisesSupported, 1);
        Assert.Empty(await EvidenceAsync(Grains, CurrentMonth, e => e.SubjectId == came.SmeId || e.SubjectId == walkedIn.SmeId || e.SubjectId == stayedAway.SmeId));
    }

    [Fact]
    public async Task At_a_live_event_a_no_show_row_is_refused_naming_its_column_and_a_walk_in_row_checks_in()
    {
        var @event = await CreateEventAsync(Grains, 5, EventStatus.Live);
        var (absent, walkedIn) = (await RegisterDutchSmeAsync(Grains), await RegisterDutchSmeAsync(Grains));

        var job = await RunAsync(@event.GetPrimaryKeyString(), [Row(2, absent.SmeId, "no-show"), Row(3, walkedIn.SmeId, "walk-in")]);

        Assert.Equal((1, 1), (job.Accepted, job.Rejected));
        Assert.Equal("status: no-shows are recorded once the event is closed (closing marks everyone registered who did not come)", Assert.Single(job.RejectedRows).Message);
        var registration = Assert.Single(await @event.ListRegistrationsAsync(null));
        Assert.Equal((walkedIn.SmeId, AttendanceStatus.CheckedIn, true), (registration.Attendee.SmeId, registration.Status, registration.WalkIn));
    }

    private Task<ImportJobView> RunAsync(string eventId, IReadOnlyList<ImportRow> rows) =>
        ImportJobs.RunAsync(Grains, new ImportJobRequest(ImportKind.Attendance, Recorder, null, eventId, "list.csv"), rows);

    /// <summary>A row in the column order of <see cref="ImportLayout.Attendance"/>: by SME id, with a status.</summary>
    private static ImportRow Row(int line, string smeId, string status) => new(line, ["", smeId, status]);
}
