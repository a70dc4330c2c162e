using Ise.Diagnostics;
using Ise.Grains.Tests.Diagnostics;
using Ise.Indicators;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.History;

/// <summary>
/// Backdating into a frozen period (issue 21), in a cluster of its own: the adjustment lands in the
/// current month, whose figures other tests' corrections compare.
/// </summary>
[Collection(HistoryClusterCollection.Name)]
public sealed class FrozenBackdatingTests(ClusterFixture fixture)
{
    private const string Recorder = "tester [Secretariat]";
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);

    private IGrainFactory Grains => fixture.Client;

    private IndicatorReader Reader => new(Grains);

    [Fact]
    public async Task Backdating_into_a_frozen_period_books_an_adjustment_in_the_current_period_naming_the_frozen_one()
    {
        var frozen = ReportingPeriod.Parse("2019-03", "period");
        await Grains.GetGrain<IIndicatorPeriodGrain>(frozen.Key).FreezeAsync("secretariat-test");
        var sme = (await RegisterDutchSmeAsync(Grains)).SmeId;

        await Grains.GetGrain<ISmeDiagnosticsGrain>(sme).SubmitDiagnosticAsync(
            Answers.Submission(Answers.All(2)) with { OccurredOn = new DateOnly(2019, 3, 14), RecordedBy = Recorder });

        var current = ReportingPeriod.Parse(BackdatingTests.MonthKey(BackdatingTests.TodayInNl), "period");
        await Eventually.TrueAsync(async () =>
            (await Reader.AllEvidenceAsync(current, e => e.SubjectId == sme && e.Indicator == Indicator.EnterprisesAssessed).ToListAsync()).Count == 6,
            s_wait, "the assessment is booked as an adjustment of the current month in its six cells");
        var rows = await Reader.AllEvidenceAsync(current, e => e.SubjectId == sme && e.Indicator == Indicator.EnterprisesAssessed).ToListAsync();
        Assert.All(rows, r => Assert.Equal((true, "2019-03", new DateOnly(2019, 3, 14), 1), (r.Adjustment, r.AdjustsPeriod, r.Date, r.Delta)));
        Assert.Empty(await Reader.AllEvidenceAsync(ReportingPeriod.Parse("2019-03", "period"), e => e.SubjectId == sme).ToListAsync());

        // The quarter and the year are not frozen: the assessment counts there as of its date.
        await WaitForNetAsync("2019-Q1", sme, Indicator.EnterprisesAssessed, 1);
        var quarter = await Reader.AllEvidenceAsync(ReportingPeriod.Parse("2019-Q1", "period"), e => e.SubjectId == sme).ToListAsync();
        Assert.All(quarter, r => Assert.Equal((false, (string?)null), (r.Adjustment, r.AdjustsPeriod)));
    }

    private async Task WaitForNetAsync(string period, string sme, Indicator indicator, int net) =>
        await Eventually.TrueAsync(async () =>
            (await Reader.AllEvidenceAsync(ReportingPeriod.Parse(period, "period"), e => e.SubjectId == sme && e.Indicator == indicator && e.Cells.Contains(IndicatorCells.Total)).ToListAsync())
                .Sum(e => e.Delta) == net,
            s_wait, $"{indicator} of {sme} in {period} is {net}");
}
