using Ise.Diagnostics;
using Ise.Events;
using Ise.Grains.Tests.Diagnostics;
using Ise.Indicators;
using Ise.Testing;
using static Ise.Grains.Tests.History.Backdating;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.History;

/// <summary>
/// Backdating into a frozen period (issue 21), in a cluster of its own: the adjustment lands in the
/// current month, whose figures other tests' corrections compare.
/// </summary>
[Collection(HistoryClusterCollection.Name)]
public sealed class FrozenBackdatingTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task Backdating_into_a_frozen_period_books_an_adjustment_in_the_current_period_naming_the_frozen_one()
    {
        var frozen = Period("2019-03");
        await Grains.GetGrain<IIndicatorPeriodGrain>(frozen.Key).FreezeAsync("secretariat-test");
        var sme = (await RegisterDutchSmeAsync(Grains)).SmeId;

        await Grains.GetGrain<ISmeDiagnosticsGrain>(sme).SubmitDiagnosticAsync(
            Answers.Submission(Answers.All(2)) with { OccurredOn = new DateOnly(2019, 3, 14), RecordedBy = Recorder });

        var current = CurrentMonth;
        await Eventually.TrueAsync(async () =>
            (await EvidenceAsync(Grains, current, e => e.SubjectId == sme && e.Indicator == Indicator.EnterprisesAssessed)).Count == 6,
            Wait, "the assessment is booked as an adjustment of the current month in its six cells");
        var rows = await EvidenceAsync(Grains, current, e => e.SubjectId == sme && e.Indicator == Indicator.EnterprisesAssessed);
        Assert.All(rows, r => Assert.Equal((true, "2019-03", new DateOnly(2019, 3, 14), 1), (r.Adjustment, r.AdjustsPeriod, r.Date, r.Delta)));
        Assert.Empty(await EvidenceAsync(Grains, frozen, e => e.SubjectId == sme));

        // The quarter and the year are not frozen: the assessment counts there as of its date.
        await WaitForNetAsync(Grains, "2019-Q1", sme, Indicator.EnterprisesAssessed, 1);
        var quarter = await EvidenceAsync(Grains, Period("2019-Q1"), e => e.SubjectId == sme);
        Assert.All(quarter, r => Assert.Equal((false, (string?)null), (r.Adjustment, r.AdjustsPeriod)));
    }

    [Fact]
    public async Task A_past_event_held_in_a_frozen_month_and_its_attendance_are_adjustments_of_the_current_month_naming_it()
    {
        var frozen = Period("2019-08");
        await Grains.GetGrain<IIndicatorPeriodGrain>(frozen.Key).FreezeAsync("secretariat-test");
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Draft, definition: PastWorkshop(new DateOnly(2019, 8, 20), 10));
        var eventId = @event.GetPrimaryKeyString();
        var sme = await RegisterDutchSmeAsync(Grains);

        await @event.RecordHeldAsync();
        await @event.RecordPastAttendanceAsync(sme, PastAttendance.Attended, Recorder);

        var current = CurrentMonth;
        await Eventually.TrueAsync(async () =>
            (await EvidenceAsync(Grains, current, e => e.SubjectId == eventId && e.Indicator == Indicator.EventsHeld)).Count == 1,
            Wait, "the event held is booked as an adjustment of the current month");
        var held = Assert.Single(await EvidenceAsync(Grains, current, e => e.SubjectId == eventId));
        Assert.Equal((true, "2019-08", new DateOnly(2019, 8, 20), 1), (held.Adjustment, held.AdjustsPeriod, held.Date, held.Delta));
        Assert.Equal(["activity:sector-workshop", "partner:voka-east-flanders", "region:east-flanders", "sector:mechatronics", "total"], held.Cells.Order(StringComparer.Ordinal));
        await Eventually.TrueAsync(async () =>
            (await EvidenceAsync(Grains, current, e => e.SubjectId == sme.SmeId && e.Indicator == Indicator.Attendances && e.Cells.Contains(IndicatorCells.Total))).Count == 1,
            Wait, "the attendance is an adjustment of the current month too");
        Assert.All(await EvidenceAsync(Grains, current, e => e.SubjectId == sme.SmeId), r => Assert.Equal("2019-08", r.AdjustsPeriod));
        Assert.Empty(await EvidenceAsync(Grains, frozen, e => e.SubjectId == eventId || e.SubjectId == sme.SmeId));
        await WaitForNetAsync(Grains, "2019-Q3", eventId, Indicator.EventsHeld, 1);
        await WaitForNetAsync(Grains, "2019", sme.SmeId, Indicator.Attendances, 1);
    }
}
