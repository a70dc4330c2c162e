using Ise.Indicators;
using Ise.Testing;

namespace Ise.Grains.Tests.History;

/// <summary>
/// What the backdating tests share: who records, today as a user in the Netherlands reads the calendar,
/// and waiting for an SME's net credits in a period named as the funder names it ("2018-05", "2018-Q2").
/// </summary>
internal static class Backdating
{
    public const string Recorder = "tester [Secretariat]";

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    public static DateOnly TodayInNl => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    public static ReportingPeriod Period(string key) => ReportingPeriod.Parse(key, "period");

    public static ReportingPeriod CurrentMonth => Period($"{TodayInNl.Year:D4}-{TodayInNl.Month:D2}");

    public static Task<List<IndicatorEvidence>> EvidenceAsync(IGrainFactory grains, ReportingPeriod period, Func<IndicatorEvidence, bool> matches) =>
        new IndicatorReader(grains).AllEvidenceAsync(period, matches).ToListAsync().AsTask();

    public static Task WaitForNetAsync(IGrainFactory grains, string period, string sme, Indicator indicator, int net) =>
        Eventually.TrueAsync(async () =>
            (await EvidenceAsync(grains, Period(period), e => e.SubjectId == sme && e.Indicator == indicator && e.Cells.Contains(IndicatorCells.Total))).Sum(e => e.Delta) == net,
            Wait, $"{indicator} of {sme} in {period} is {net}");
}
