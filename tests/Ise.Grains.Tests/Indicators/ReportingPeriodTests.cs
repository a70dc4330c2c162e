using Ise.Errors;
using Ise.Indicators;

namespace Ise.Grains.Tests.Indicators;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026-03", PeriodKind.Month, "2026-03-01", "2026-04-01")]
    [InlineData("2026-Q4", PeriodKind.Quarter, "2026-10-01", "2027-01-01")]
    [InlineData("2026", PeriodKind.Year, "2026-01-01", "2027-01-01")]
    public void Periods_parse_and_know_their_days(string text, PeriodKind kind, string start, string end)
    {
        var period = ReportingPeriod.Parse(text, "period");

        Assert.Equal(kind, period.Kind);
        Assert.Equal(text, period.Key);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.True(period.Contains(period.Start!.Value));
        Assert.False(period.Contains(period.End!.Value));
        Assert.Equal(period.End, period.Next().Start);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("26")]
    [InlineData("")]
    [InlineData("Programme")]
    public void Malformed_periods_are_refused_naming_the_field(string text)
    {
        var error = Assert.Throws<IseException>(() => ReportingPeriod.Parse(text, "period"));

        Assert.Equal("period", error.Field);
    }

    [Fact]
    public void A_date_falls_in_one_period_of_each_kind()
    {
        var date = new DateOnly(2025, 12, 31);

        Assert.Equal(["2025-12", "2025-Q4", "2025", "programme"], ReportingPeriod.Kinds.Select(k => ReportingPeriod.Of(k, date).Key));
    }
}
