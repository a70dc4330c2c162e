using Ise.Programme;
using Ise.Smes;
using Ise.Smes.Rules;

namespace Ise.Grains.Tests.Smes.Rules;

public sealed class EligibilityRulesTests
{
    private static readonly EligibilityRules s_rules = new(1.2m);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static Money Gbp(decimal amount) => new(amount, Currency.GBP);

    [Fact]
    public void A_small_firm_in_its_own_country_is_eligible_with_no_reasons()
    {
        var result = s_rules.Check(Country.FR, Region.HautsDeFrance, 12, Eur(2_000_000m), Eur(1_000_000m));

        Assert.True(result.IsEligible);
        Assert.Empty(result.Reasons);
    }

    [Fact]
    public void Staff_of_249_is_eligible()
    {
        var result = s_rules.Check(Country.BE, Region.EastFlanders, 249, Eur(1m), Eur(1m));

        Assert.True(result.IsEligible);
    }

    [Fact]
    public void Staff_of_250_is_not_an_SME()
    {
        var result = s_rules.Check(Country.BE, Region.EastFlanders, 250, Eur(1m), Eur(1m));

        Assert.False(result.IsEligible);
        Assert.Equal(["250 staff: an SME has fewer than 250"], result.Reasons);
    }

    [Fact]
    public void A_negative_staff_count_is_not_eligible()
    {
        var result = s_rules.Check(Country.BE, Region.EastFlanders, -1, Eur(1m), Eur(1m));

        Assert.False(result.IsEligible);
        Assert.Contains("negative", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Turnover_over_the_limit_is_fine_when_the_balance_sheet_is_within_its_limit()
    {
        var result = s_rules.Check(Country.NL, Region.SouthWestNetherlands, 100, Eur(80_000_000m), Eur(43_000_000m));

        Assert.True(result.IsEligible);
    }

    [Fact]
    public void Balance_sheet_over_the_limit_is_fine_when_turnover_is_within_its_limit()
    {
        var result = s_rules.Check(Country.NL, Region.SouthWestNetherlands, 100, Eur(50_000_000m), Eur(90_000_000m));

        Assert.True(result.IsEligible);
    }

    [Fact]
    public void Both_financial_limits_exceeded_is_not_eligible_and_the_reason_gives_both_amounts()
    {
        var result = s_rules.Check(Country.NL, Region.SouthWestNetherlands, 100, Eur(60_000_000m), Eur(50_000_000m));

        Assert.False(result.IsEligible);
        Assert.Equal(
            ["turnover EUR 60,000,000 exceeds EUR 50m and balance sheet EUR 50,000,000 exceeds EUR 43m"],
            result.Reasons);
    }

    [Fact]
    public void Just_over_both_limits_is_not_eligible()
    {
        var result = s_rules.Check(Country.NL, Region.SouthWestNetherlands, 100, Eur(50_000_000.01m), Eur(43_000_000.01m));

        Assert.False(result.IsEligible);
    }

    [Fact]
    public void A_region_in_another_country_is_not_eligible()
    {
        var result = s_rules.Check(Country.FR, Region.Kent, 10, Eur(1m), Eur(1m));

        Assert.False(result.IsEligible);
        Assert.Equal(["region Kent is in GB, not FR"], result.Reasons);
    }

    [Theory]
    [InlineData(Country.GB, Region.Kent)]
    [InlineData(Country.FR, Region.HautsDeFrance)]
    [InlineData(Country.BE, Region.EastFlanders)]
    [InlineData(Country.BE, Region.WestFlanders)]
    [InlineData(Country.NL, Region.SouthWestNetherlands)]
    public void Each_region_is_accepted_for_its_own_country(Country country, Region region)
    {
        Assert.True(s_rules.Check(country, region, 5, Eur(1m), Eur(1m)).IsEligible);
    }

    [Fact]
    public void Every_failed_condition_is_explained()
    {
        var result = s_rules.Check(Country.NL, Region.WestFlanders, 300, Eur(70_000_000m), Eur(45_000_000m));

        Assert.False(result.IsEligible);
        Assert.Equal(3, result.Reasons.Count);
        Assert.Contains("300 staff: an SME has fewer than 250", result.Reasons);
        Assert.Contains("turnover EUR 70,000,000 exceeds EUR 50m and balance sheet EUR 45,000,000 exceeds EUR 43m", result.Reasons);
        Assert.Contains("region West Flanders is in BE, not NL", result.Reasons);
    }

    [Fact]
    public void Gbp_amounts_under_the_limits_but_over_them_in_euros_are_not_eligible()
    {
        // GBP 45m = EUR 54m > 50m; GBP 40m = EUR 48m > 43m.
        var result = s_rules.Check(Country.GB, Region.Kent, 100, Gbp(45_000_000m), Gbp(40_000_000m));

        Assert.False(result.IsEligible);
        var reason = Assert.Single(result.Reasons);
        Assert.StartsWith("turnover EUR 54,000,000 (GBP 45,000,000 at 1.2 EUR per GBP) exceeds EUR 50m", reason, StringComparison.Ordinal);
        Assert.Contains("balance sheet EUR 48,000,000 (GBP 40,000,000", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Gbp_amounts_over_the_limits_in_pounds_can_be_within_them_in_euros()
    {
        // GBP 52m = EUR 49.4m at 0.95: within the turnover limit although over 50m in pounds.
        var rules = new EligibilityRules(0.95m);

        var result = rules.Check(Country.GB, Region.Kent, 100, Gbp(52_000_000m), Gbp(46_000_000m));

        Assert.True(result.IsEligible);
        Assert.False(s_rules.Check(Country.GB, Region.Kent, 100, Gbp(52_000_000m), Gbp(46_000_000m)).IsEligible);
    }

    [Fact]
    public void Gbp_turnover_crosses_the_threshold_at_the_converted_amount()
    {
        var overBalanceSheet = Eur(60_000_000m);
        // At 1.2 the turnover limit is GBP 41,666,666.67.
        Assert.True(s_rules.Check(Country.GB, Region.Kent, 1, Gbp(41_666_666m), overBalanceSheet).IsEligible);
        Assert.False(s_rules.Check(Country.GB, Region.Kent, 1, Gbp(41_666_667m), overBalanceSheet).IsEligible);
    }

    [Fact]
    public void ToEur_converts_pounds_at_the_rate_and_leaves_euros_alone()
    {
        Assert.Equal(120m, s_rules.ToEur(Gbp(100m)));
        Assert.Equal(100m, s_rules.ToEur(Eur(100m)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1.1)]
    public void A_rate_that_is_not_positive_is_refused(double rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EligibilityRules((decimal)rate));
    }
}
