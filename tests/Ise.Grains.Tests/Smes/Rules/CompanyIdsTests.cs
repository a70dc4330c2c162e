using Ise.Errors;
using Ise.Programme;
using Ise.Smes.Rules;

namespace Ise.Grains.Tests.Smes.Rules;

public sealed class CompanyIdsTests
{
    [Theory]
    [InlineData("1234567", "01234567")]
    [InlineData("01234567", "01234567")]
    [InlineData("1", "00000001")]
    [InlineData("0123 4567", "01234567")]
    [InlineData("SC123456", "SC123456")]
    [InlineData("sc123456", "SC123456")]
    [InlineData("NI 012345", "NI012345")]
    [InlineData("OC301234", "OC301234")]
    [InlineData("SO301234", "SO301234")]
    [InlineData("NC000123", "NC000123")]
    [InlineData("LP012345", "LP012345")]
    [InlineData("SL012345", "SL012345")]
    [InlineData("FC012345", "FC012345")]
    [InlineData("ZZ999999", "ZZ999999")]
    [InlineData("R0123456", "R0123456")]
    [InlineData("r0 123456", "R0123456")]
    public void Companies_House_numbers_are_accepted_and_normalised(string raw, string expected)
    {
        Assert.Equal(expected, CompanyIds.Normalise(Country.GB, raw));
    }

    [Theory]
    [InlineData("00000000")]
    [InlineData("0")]
    [InlineData("123456789")]
    [InlineData("SC12345")]
    [InlineData("SC1234567")]
    [InlineData("S1234567")]
    [InlineData("R1123456")]
    [InlineData("SCA12345")]
    [InlineData("12-34567")]
    [InlineData("É1234567")]
    public void Malformed_Companies_House_numbers_are_refused(string raw)
    {
        Assert.False(CompanyIds.TryNormalise(Country.GB, raw, out _, out var error));
        Assert.Contains("Companies House", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_Companies_House_number_says_what_is_expected()
    {
        Assert.False(CompanyIds.TryNormalise(Country.GB, "ABC", out var normalised, out var error));

        Assert.Equal(string.Empty, normalised);
        Assert.Contains("ABC", error, StringComparison.Ordinal);
        Assert.Contains("8 digits", error, StringComparison.Ordinal);
        Assert.Contains("two letters", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("732829320", "732829320")]
    [InlineData("732 829 320", "732829320")]
    [InlineData("732.829.320", "732829320")]
    [InlineData("732-829-320", "732829320")]
    [InlineData("552100554", "552100554")]
    [InlineData("542065479", "542065479")]
    public void Sirens_that_pass_the_Luhn_check_are_accepted(string raw, string expected)
    {
        Assert.Equal(expected, CompanyIds.Normalise(Country.FR, raw));
    }

    [Theory]
    [InlineData("732829321")]
    [InlineData("732829329")]
    [InlineData("372829320")]
    public void Siren_with_a_bad_Luhn_digit_is_refused(string raw)
    {
        Assert.False(CompanyIds.TryNormalise(Country.FR, raw, out _, out var error));
        Assert.Contains("SIREN", error, StringComparison.Ordinal);
        Assert.Contains("Luhn", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("73282932")]
    [InlineData("7328293200")]
    [InlineData("73282932A")]
    [InlineData("FR732829320")]
    public void Siren_that_is_not_nine_digits_is_refused(string raw)
    {
        Assert.False(CompanyIds.TryNormalise(Country.FR, raw, out _, out var error));
        Assert.Contains("SIREN", error, StringComparison.Ordinal);
        Assert.Contains("9 digits", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_siret_is_refused_with_a_request_for_the_siren()
    {
        Assert.False(CompanyIds.TryNormalise(Country.FR, "732 829 320 00074", out _, out var error));

        Assert.Contains("SIRET", error, StringComparison.Ordinal);
        Assert.Contains("9-digit SIREN", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0403.170.701", "0403170701")]
    [InlineData("0403170701", "0403170701")]
    [InlineData("403170701", "0403170701")]
    [InlineData("BE0403170701", "0403170701")]
    [InlineData("BE 0403.170.701", "0403170701")]
    [InlineData("be403170701", "0403170701")]
    [InlineData("0202.857.484", "0202857484")]
    [InlineData("1000.000.120", "1000000120")]
    [InlineData("0999.999.922", "0999999922")]
    [InlineData("1234.567.894", "1234567894")]
    [InlineData("0000.000.097", "0000000097")]
    public void Belgian_enterprise_numbers_that_pass_modulo_97_are_accepted(string raw, string expected)
    {
        Assert.Equal(expected, CompanyIds.Normalise(Country.BE, raw));
    }

    [Theory]
    [InlineData("0403.170.702")]
    [InlineData("0403.170.710")]
    [InlineData("0304.170.701")]
    public void Belgian_enterprise_number_with_wrong_check_digits_is_refused(string raw)
    {
        Assert.False(CompanyIds.TryNormalise(Country.BE, raw, out _, out var error));
        Assert.Contains("enterprise number", error, StringComparison.Ordinal);
        Assert.Contains("modulo-97", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Belgian_enterprise_number_must_start_with_0_or_1()
    {
        // Valid check digits, so only the leading 2 is wrong.
        var body = 24031707L;
        var raw = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{body}{97 - (body % 97):00}");

        Assert.False(CompanyIds.TryNormalise(Country.BE, raw, out _, out var error));
        Assert.Contains("start with 0 or 1", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("40317070")]
    [InlineData("04031707011")]
    [InlineData("0403.17O.701")]
    [InlineData("BE")]
    public void Belgian_enterprise_number_of_the_wrong_shape_is_refused(string raw)
    {
        Assert.False(CompanyIds.TryNormalise(Country.BE, raw, out _, out var error));
        Assert.Contains("enterprise number", error, StringComparison.Ordinal);
        Assert.Contains("10 digits", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345678", "12345678")]
    [InlineData("1234 5678", "12345678")]
    [InlineData("00000001", "00000001")]
    public void KvK_numbers_of_eight_digits_are_accepted(string raw, string expected)
    {
        Assert.Equal(expected, CompanyIds.Normalise(Country.NL, raw));
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567A")]
    [InlineData("NL12345678")]
    public void KvK_numbers_that_are_not_eight_digits_are_refused(string raw)
    {
        Assert.False(CompanyIds.TryNormalise(Country.NL, raw, out _, out var error));
        Assert.Contains("KvK", error, StringComparison.Ordinal);
        Assert.Contains("8 digits", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Country.GB, "Companies House")]
    [InlineData(Country.FR, "SIREN")]
    [InlineData(Country.BE, "enterprise number")]
    [InlineData(Country.NL, "KvK")]
    public void A_missing_id_is_required_and_the_message_names_the_register(Country country, string register)
    {
        foreach (var raw in new[] { null, string.Empty, "   " })
        {
            Assert.False(CompanyIds.TryNormalise(country, raw, out var normalised, out var error));
            Assert.Equal(string.Empty, normalised);
            Assert.StartsWith("companyId is required", error, StringComparison.Ordinal);
            Assert.Contains(register, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Normalise_throws_a_validation_error_on_the_given_field()
    {
        var ex = Assert.Throws<IseException>(() => CompanyIds.Normalise(Country.FR, "732829321", "registration.companyId"));

        Assert.Equal(IseErrorCode.Validation, ex.Code);
        Assert.Equal("registration.companyId", ex.Field);
        Assert.Contains("SIREN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_reports_on_companyId_by_default()
    {
        var ex = Assert.Throws<IseException>(() => CompanyIds.Normalise(Country.NL, null));

        Assert.Equal("companyId", ex.Field);
    }

    [Fact]
    public void The_same_number_is_judged_by_the_country_register()
    {
        Assert.True(CompanyIds.TryNormalise(Country.NL, "01234567", out _, out _));
        Assert.True(CompanyIds.TryNormalise(Country.GB, "01234567", out _, out _));
        Assert.False(CompanyIds.TryNormalise(Country.FR, "01234567", out _, out _));
        Assert.False(CompanyIds.TryNormalise(Country.BE, "01234567", out _, out _));
    }
}
