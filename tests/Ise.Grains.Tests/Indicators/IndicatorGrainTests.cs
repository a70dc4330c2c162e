using Ise.Effects;
using Ise.Errors;
using Ise.Events;
using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Indicators;

[Collection(ClusterCollection.Name)]
public sealed class IndicatorGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);

    private IGrainFactory Grains => fixture.Client;

    private IndicatorReader Reader => new(Grains);

    [Fact]
    public async Task Check_ins_walk_ins_no_shows_and_the_event_held_are_credited_through_the_outboxes()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live, kind: ActivityKind.CrossBorderEvent);
        var eventId = (await @event.GetAsync()).Id;
        var attendee = await RegisterDutchSmeAsync(Grains);
        var walkIn = await RegisterDutchSmeAsync(Grains);
        var absent = await RegisterDutchSmeAsync(Grains);
        var code = (await @event.RegisterAsync(attendee, null)).Registration.Code;
        await @event.RegisterAsync(absent, null);
        await BucketOf(Grains, code).CheckInAsync(code);
        await @event.WalkInAsync(walkIn);
        await @event.CloseAsync();

        // Checked in today at an event of today: attendances are dated by their event.
        var month = ReportingPeriod.Of(PeriodKind.Month, DateOnly.FromDateTime(Workshop(1).StartsAtLocal));
        var subjects = new[] { attendee.SmeId, walkIn.SmeId, absent.SmeId };
        await WaitForEvidenceAsync(month, e => subjects.Contains(e.SubjectId), rows =>
            Net(rows, attendee.SmeId, Indicator.Attendances) == 1 && Net(rows, attendee.SmeId, Indicator.CrossBorderParticipations) == 1
            && Net(rows, walkIn.SmeId, Indicator.WalkIns) == 1 && Net(rows, walkIn.SmeId, Indicator.EnterprisesSupported) == 6);
        await WaitForEvidenceAsync(month, e => e.SubjectId == eventId || e.SubjectId == absent.SmeId, rows =>
            Net(rows, eventId, Indicator.EventsHeld) == 1 && Net(rows, absent.SmeId, Indicator.NoShows) == 1);

        var rows = await Reader.AllEvidenceAsync(month, e => e.SubjectId == attendee.SmeId && e.Indicator == Indicator.EnterprisesSupported).ToListAsync();
        Assert.Equal(
            ["activity:cross-border-event", "partner:voka-east-flanders", "region:south-west-netherlands", "sector:mechatronics", "size:small", "total"],
            rows.Select(r => Assert.Single(r.Cells)).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal((eventId, "voka-east-flanders", ActivityKind.CrossBorderEvent), (r.EventId!, r.PartnerId!, r.Activity!.Value)));
        Assert.Equal(0, Net(await EvidenceAsync(month, e => e.SubjectId == absent.SmeId), absent.SmeId, Indicator.EnterprisesSupported));
    }

    [Fact]
    public async Task A_frozen_period_never_changes_and_later_corrections_are_adjustments_in_the_current_period()
    {
        var feb = ReportingPeriod.Parse("2009-02", "period");
        var a = await RegisterDutchSmeAsync(Grains);
        var b = await RegisterDutchSmeAsync(Grains);
        var attended = Entry("freeze-a#1", JourneyEntryKind.Attended, new DateTime(2009, 2, 10, 10, 0, 0));
        await Deliver(a.SmeId, 1, attended);
        await WaitForFigureAsync(feb, Indicator.Attendances, 1);

        var status = await Grains.GetGrain<IIndicatorPeriodGrain>(feb.Key).FreezeAsync("secretariat-test");
        Assert.True(status.Frozen);
        await Deliver(a.SmeId, 2, Entry("freeze-a#2", JourneyEntryKind.AttendanceUndone, new DateTime(2009, 2, 10, 11, 0, 0)) with { Reference = attended.Id });
        await Deliver(b.SmeId, 1, Entry("freeze-b", JourneyEntryKind.Diagnostic, new DateTime(2009, 2, 20, 10, 0, 0)));

        var quarter = ReportingPeriod.Parse("2009-Q1", "period");
        await WaitForFigureAsync(quarter, Indicator.EnterprisesAssessed, 1);
        await WaitForFigureAsync(quarter, Indicator.Attendances, 0);
        var current = ReportingPeriod.Of(PeriodKind.Month, DateOnly.FromDateTime(ProgrammeTime.ToLocal(DateTimeOffset.UtcNow, Region.SouthWestNetherlands)));
        await Eventually.TrueAsync(async () =>
        {
            var now = await Reader.ReadAsync(current, []);
            return now.Find(Indicator.Attendances, IndicatorCells.Total)!.Adjustment == -1 && now.Find(Indicator.EnterprisesAssessed, IndicatorCells.Total)!.Adjustment == 1;
        }, s_wait, "the corrections are adjustments of the current month");

        var frozen = await Reader.ReadAsync(feb, [IndicatorDimension.Partner]);
        Assert.True(frozen.Frozen);
        Assert.Equal((1, 0), Figure(frozen, Indicator.Attendances, IndicatorCells.Total));
        Assert.Equal((1, 0), Figure(frozen, Indicator.EnterprisesSupported, "partner:aditec"));
        Assert.Equal((0, 0), Figure(frozen, Indicator.EnterprisesAssessed, IndicatorCells.Total));
        Assert.Equal(status, await Grains.GetGrain<IIndicatorPeriodGrain>(feb.Key).FreezeAsync("someone else"));
    }

    [Theory]
    [InlineData("programme")]
    [InlineData("2999")]
    public async Task Only_ended_months_quarters_and_years_are_frozen(string period)
    {
        var error = await Assert.ThrowsAsync<IseException>(() => Grains.GetGrain<IIndicatorPeriodGrain>(period).FreezeAsync("test"));

        Assert.Equal(IseErrorCode.Validation, error.Code);
        Assert.False((await Grains.GetGrain<IIndicatorPeriodGrain>(period).GetAsync()).Frozen);
    }

    private static (int, int) Figure(IndicatorReport report, Indicator indicator, string cell) =>
        report.Find(indicator, cell) is { } f ? (f.Count, f.Adjustment) : (0, 0);

    private static int Net(IReadOnlyList<IndicatorEvidence> rows, string subject, Indicator indicator) =>
        rows.Where(r => r.SubjectId == subject && r.Indicator == indicator).Sum(r => r.Delta);

    private static JourneyEntry Entry(string id, JourneyEntryKind kind, DateTime local) =>
        new(id, kind, new DateTimeOffset(local, TimeSpan.FromHours(1)), local, "aditec", ActivityKind.SectorWorkshop, "ev-freeze", null, null, null);

    private Task Deliver(string smeId, long sequence, JourneyEntry entry) =>
        Grains.GetGrain<ISmeGrain>(smeId).ApplyEffectsAsync(new EffectBatch("freeze-test", [new EffectEnvelope(sequence, new JourneyEffect(entry))]));

    private async Task<IReadOnlyList<IndicatorEvidence>> EvidenceAsync(ReportingPeriod period, Func<IndicatorEvidence, bool> matches) =>
        await Reader.AllEvidenceAsync(period, matches).ToListAsync();

    private Task WaitForEvidenceAsync(ReportingPeriod period, Func<IndicatorEvidence, bool> matches, Func<IReadOnlyList<IndicatorEvidence>, bool> condition) =>
        Eventually.TrueAsync(async () => condition(await EvidenceAsync(period, matches)), s_wait, $"the evidence of {period} matches");

    private Task WaitForFigureAsync(ReportingPeriod period, Indicator indicator, int count) =>
        Eventually.TrueAsync(async () => (await Reader.ReadAsync(period, [])).Find(indicator, IndicatorCells.Total)!.Count == count,
            s_wait, $"{indicator} of {period} is {count}");
}
