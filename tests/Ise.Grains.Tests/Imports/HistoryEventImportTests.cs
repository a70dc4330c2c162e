using System.Globalization;
using Ise.Events;
using Ise.Imports;
using Ise.Indicators;
using Ise.Programme;
using Ise.Testing;
using static Ise.Grains.Tests.History.Backdating;

namespace Ise.Grains.Tests.Imports;

/// <summary>
/// The history import of past events in the test cluster: each row created through the event grain with the
/// API's own validation and recorded as held on its date; future dates, bad cells and repeated references
/// refused row by row; a re-run unchanged. Expected months are written out, not worked out by the platform.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class HistoryEventImportTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    private static string NextWeek => DateOnly.FromDateTime(ProgrammeTime.ToLocal(DateTimeOffset.UtcNow, Region.EastFlanders)).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Past_events_are_loaded_closed_and_held_in_their_own_months_bad_rows_name_their_column_and_a_rerun_changes_nothing()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        IReadOnlyList<ImportRow> rows =
        [
            Row(2, $"{run}-ws", "Sector-Focused Workshop", "voka-east-flanders", "East Flanders", "Mechatronics; Food & Drink", "2019-03-14", "09:30", "17:00", "40"),
            Row(3, $"{run}-taster", "taster-session", "Kent County Council", "kent", "digital-and-creative", "21/05/2019", "18:00", "20:30", "25"),
            Row(4, $"{run}-ws", "SECTOR_WORKSHOP", "voka-east-flanders", "East Flanders", "Mechatronics", "2019-03-14", "09:30", "17:00", "40"),
            Row(5, $"{run}-future", "taster-session", "voka-east-flanders", "East Flanders", "Mechatronics", NextWeek, "09:30", "17:00", "40"),
            Row(6, $"{run}-backwards", "taster-session", "voka-east-flanders", "East Flanders", "Mechatronics", "2019-04-01", "17:00", "09:30", "40"),
            Row(7, $"{run}-diagnostic", "1-2-1 Diagnostic Assessment", "voka-east-flanders", "East Flanders", "Mechatronics", "2019-04-01", "09:30", "17:00", "40"),
            Row(8, $"{run}-empty", "taster-session", "voka-east-flanders", "East Flanders", "Mechatronics", "2019-04-01", "09:30", "17:00", "0"),
            Row(9, $"{run}-nohost", "taster-session", "", "East Flanders", "Mechatronics", "2019-04-01", "09:30", "17:00", "40"),
            Row(10, $"{run}-early", "taster-session", "voka-east-flanders", "East Flanders", "Mechatronics", "2016-11-30", "09:30", "17:00", "40"),
            Row(11, $"{run}-baddate", "taster-session", "voka-east-flanders", "East Flanders", "Mechatronics", "2019-02-30", "9h30", "17:00", "forty"),
        ];

        var first = await RunAsync(rows, actingPartnerId: null);
        var second = await RunAsync(rows, actingPartnerId: null);

        Assert.Equal((10, 2, 0, 8), (first.Done, first.Accepted, first.Unchanged, first.Rejected));
        var workshopId = EventIds.FromReference("voka-east-flanders", $"{run}-ws");
        var tasterId = EventIds.FromReference("kent-county-council", $"{run}-taster");
        Assert.Equal([(2, workshopId), (3, tasterId)], first.Rows.Select(r => (r.Line, r.Subject!)));
        Assert.Equal("recorded as held on 2019-03-14, hosted by voka-east-flanders", first.Rows[0].Message);
        var reasons = first.RejectedRows.ToDictionary(r => r.Line, r => r.Message);
        Assert.Equal("duplicate of line 2", reasons[4]);
        Assert.StartsWith($"date: {NextWeek} is not past (today is ", reasons[5], StringComparison.Ordinal);
        Assert.Equal("end: endsAt must be after startsAt.", reasons[6]);
        Assert.StartsWith("kind: '1-2-1 Diagnostic Assessment' is not an event kind", reasons[7], StringComparison.Ordinal);
        Assert.Equal("capacity: capacity must be between 1 and 100000.", reasons[8]);
        Assert.StartsWith("host_partner is required", reasons[9], StringComparison.Ordinal);
        Assert.Equal("date: 2016-11-30 is before the programme started (2017-01-01)", reasons[10]);
        Assert.Equal("date: '2019-02-30' is not a date (yyyy-mm-dd or dd/mm/yyyy); start: '9h30' is not a time of day (hh:mm); capacity: 'forty' is not a whole number", reasons[11]);
        Assert.Equal((0, 2, 8), (second.Accepted, second.Unchanged, second.Rejected));
        Assert.Equal("already loaded: held on 2019-03-14", second.Rows[0].Message);

        var workshop = await Grains.GetGrain<IEventGrain>(workshopId).GetAsync();
        Assert.Equal((EventStatus.Closed, new DateTime(2019, 3, 14, 9, 30, 0), new DateTimeOffset(2019, 3, 14, 8, 30, 0, TimeSpan.Zero)),
            (workshop.Status, workshop.Definition.StartsAtLocal, workshop.StartsAt));
        Assert.Equal([Sector.Mechatronics, Sector.FoodAndDrink], workshop.Definition.Sectors);
        var taster = await Grains.GetGrain<IEventGrain>(tasterId).GetAsync();
        Assert.Equal((EventStatus.Closed, ActivityKind.TasterSession, Region.Kent, new DateTimeOffset(2019, 5, 21, 17, 0, 0, TimeSpan.Zero)),
            (taster.Status, taster.Definition.Kind, taster.Definition.Region, taster.StartsAt));
        await WaitForNetAsync(Grains, "2019-03", workshopId, Indicator.EventsHeld, 1);
        await WaitForNetAsync(Grains, "2019-05", tasterId, Indicator.EventsHeld, 1);
        Assert.Empty(await EvidenceAsync(Grains, CurrentMonth, e => e.SubjectId == workshopId || e.SubjectId == tasterId));
    }

    [Fact]
    public async Task Partner_staff_load_their_own_partners_events_and_a_reference_reused_for_another_event_is_refused()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var own = Row(2, $"{run}-own", "cross-border-event", "", "Hauts-de-France", "New Materials", "2018-10-02", "09:00", "18:00", "60");
        var other = Row(3, $"{run}-other", "cross-border-event", "voka-east-flanders", "East Flanders", "New Materials", "2018-10-03", "09:00", "18:00", "60");

        var first = await RunAsync([own, other], actingPartnerId: "aditec");
        var renamed = await RunAsync([own with { Values = [.. own.Values.Select((v, i) => i == 5 ? "Another title" : v)] }], actingPartnerId: "aditec");

        Assert.Equal((1, 1), (first.Accepted, first.Rejected));
        Assert.Equal(EventIds.FromReference("aditec", $"{run}-own"), first.Rows[0].Subject);
        Assert.Equal("host_partner: staff of aditec load events for aditec only, not for voka-east-flanders", first.RejectedRows[0].Message);
        Assert.StartsWith($"reference: '{run}-own' of aditec was loaded before with another title", Assert.Single(renamed.RejectedRows).Message, StringComparison.Ordinal);
        Assert.Equal("cross-border days", (await Grains.GetGrain<IEventGrain>(EventIds.FromReference("aditec", $"{run}-own")).GetAsync()).Definition.Title);
    }

    private Task<ImportJobView> RunAsync(IReadOnlyList<ImportRow> rows, string? actingPartnerId) =>
        ImportJobs.RunAsync(Grains, new ImportJobRequest(ImportKind.HistoryEvents, "tester", actingPartnerId, null, "history.csv"), rows);

    /// <summary>A row in the column order of <see cref="ImportLayout.HistoryEvents"/> (title "cross-border days" unless changed, venue Ghent).</summary>
    private static ImportRow Row(int line, string reference, string kind, string host, string region, string sectors, string date, string start, string end, string capacity) =>
        new(line, [reference, kind, host, region, sectors, "cross-border days", date, start, end, "Ghent", capacity]);
}
