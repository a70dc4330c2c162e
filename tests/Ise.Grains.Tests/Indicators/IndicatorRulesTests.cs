using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Grains.Tests.Indicators;

public sealed class IndicatorRulesTests
{
    private static readonly SmeProfile s_profile = new("NL-12345678", "Test BV", Country.NL, "12345678", Region.SouthWestNetherlands,
        Sector.Mechatronics, 12, new Money(1m, Currency.EUR), new Money(1m, Currency.EUR), "innovatiehuis", DateTimeOffset.UnixEpoch);

    [Fact]
    public void An_enterprise_is_credited_once_per_cell_on_its_first_date_there()
    {
        var journey = new[]
        {
            Entry("b#2", JourneyEntryKind.Attended, new DateTime(2025, 5, 2), "aditec", ActivityKind.SectorWorkshop),
            Entry("a#1", JourneyEntryKind.Attended, new DateTime(2025, 3, 9), "innovatiehuis", ActivityKind.TasterSession),
            Entry("c#3", JourneyEntryKind.Attended, new DateTime(2025, 6, 1), "aditec", ActivityKind.TasterSession),
        };

        var credits = IndicatorRules.CreditsOf(s_profile, null, journey);

        Assert.Equal(new DateOnly(2025, 3, 9), Credit(credits, Indicator.EnterprisesSupported, IndicatorCells.Total).Date);
        Assert.Equal(new DateOnly(2025, 5, 2), Credit(credits, Indicator.EnterprisesSupported, "partner:aditec").Date);
        Assert.Equal(new DateOnly(2025, 3, 9), Credit(credits, Indicator.EnterprisesSupported, "region:south-west-netherlands").Date);
        Assert.Equal(new DateOnly(2025, 3, 9), Credit(credits, Indicator.EnterprisesNonFinancialSupport, "size:small").Date);
        Assert.Equal(3, credits.Values.Count(c => c.Indicator == Indicator.Attendances));
        Assert.DoesNotContain(credits.Values, c => c.Indicator is Indicator.EnterprisesAssessed or Indicator.CrossBorderParticipations);
    }

    [Fact]
    public void Undone_attendance_does_not_qualify_and_a_retroactive_attendance_cancels_the_no_show()
    {
        var journey = new[]
        {
            Entry("code1#1", JourneyEntryKind.Attended, new DateTime(2025, 3, 9), "aditec", ActivityKind.CrossBorderEvent),
            Entry("code1#2", JourneyEntryKind.AttendanceUndone, new DateTime(2025, 3, 9), "aditec", ActivityKind.CrossBorderEvent) with { Reference = "code1#1" },
            Entry("code2#1", JourneyEntryKind.NoShow, new DateTime(2025, 4, 1), "aditec", ActivityKind.SectorWorkshop),
            Entry("code3#1", JourneyEntryKind.NoShow, new DateTime(2025, 4, 2), "aditec", ActivityKind.SectorWorkshop),
            Entry("code3#2", JourneyEntryKind.RetroactiveAttendance, new DateTime(2025, 4, 2), "aditec", ActivityKind.SectorWorkshop),
        };

        var credits = IndicatorRules.CreditsOf(s_profile, null, journey);

        Assert.Single(credits.Values, c => c.Indicator == Indicator.NoShows);
        Assert.Single(credits.Values, c => c.Indicator == Indicator.Attendances);
        Assert.DoesNotContain(credits.Values, c => c.Indicator == Indicator.CrossBorderParticipations);
        Assert.Equal(new DateOnly(2025, 4, 2), Credit(credits, Indicator.EnterprisesSupported, IndicatorCells.Total).Date);
    }

    [Fact]
    public void Only_cross_border_connections_make_a_cooperating_organisation_and_a_merged_sme_counts_nowhere()
    {
        var journey = new[]
        {
            Entry("x/met/1", JourneyEntryKind.Connection, new DateTime(2025, 1, 5), "aditec", null) with { CounterpartCountry = Country.NL },
            Entry("y/met/1", JourneyEntryKind.Connection, new DateTime(2025, 2, 5), "aditec", null) with { CounterpartCountry = Country.FR },
        };

        var credits = IndicatorRules.CreditsOf(s_profile, null, journey);

        Assert.Equal(new DateOnly(2025, 2, 5), Credit(credits, Indicator.OrganisationsCooperating, IndicatorCells.Total).Date);
        Assert.Equal(new DateOnly(2025, 1, 5), Credit(credits, Indicator.EnterprisesSupported, IndicatorCells.Total).Date);
        Assert.Empty(IndicatorRules.CreditsOf(s_profile, "NL-87654321", journey));
    }

    [Fact]
    public void A_credit_whose_date_moves_is_withdrawn_and_given_again()
    {
        var later = IndicatorRules.CreditsOf(s_profile, null, [Entry("b#1", JourneyEntryKind.Diagnostic, new DateTime(2025, 5, 2), "aditec", null)]);
        var earlier = IndicatorRules.CreditsOf(s_profile, null,
            [Entry("b#1", JourneyEntryKind.Diagnostic, new DateTime(2025, 5, 2), "aditec", null), Entry("a#1", JourneyEntryKind.Diagnostic, new DateTime(2025, 2, 1), "aditec", null)]);

        var changes = IndicatorLedger.Diff(later, earlier);

        var total = changes.Where(c => c.Credit.Key == IndicatorCells.CounterKey(Indicator.EnterprisesAssessed, IndicatorCells.Total)).ToList();
        Assert.Equal([(-1, new DateOnly(2025, 5, 2)), (1, new DateOnly(2025, 2, 1))], total.Select(c => (c.Delta, c.Credit.Date)));
        Assert.Empty(IndicatorLedger.Diff(earlier, earlier));
    }

    private static IndicatorCredit Credit(IReadOnlyDictionary<string, IndicatorCredit> credits, Indicator indicator, string cell) =>
        credits[IndicatorCells.CounterKey(indicator, cell)];

    private static JourneyEntry Entry(string id, JourneyEntryKind kind, DateTime local, string partner, ActivityKind? activity) =>
        new(id, kind, new DateTimeOffset(local, TimeSpan.Zero), local, partner, activity, "ev-1", null, null, null);
}
