using Ise.Diagnostics;
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
}
