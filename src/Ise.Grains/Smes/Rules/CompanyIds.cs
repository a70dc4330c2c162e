using System.Globalization;
using System.Text;
using Ise.Errors;
using Ise.Programme;

namespace Ise.Smes.Rules;

/// <summary>
/// Checks and normalises national company ids: UK Companies House number, French SIREN, Belgian
/// enterprise number (KBO/BCE) and Dutch KvK number. One firm has one normalised id per country.
/// </summary>
public static class CompanyIds
{
    /// <summary>Normalises <paramref name="raw"/>, or refuses it with a validation error on <paramref name="field"/>.</summary>
    public static string Normalise(Country country, string? raw, string field = "companyId")
    {
        if (!TryNormalise(country, raw, out var normalised, out var error))
        {
            throw IseException.Invalid(field, error);
        }

        return normalised;
    }

    /// <summary>
    /// Normalises <paramref name="raw"/> to the register's canonical form; on failure
    /// <paramref name="error"/> names the register and what it expects.
    /// </summary>
    public static bool TryNormalise(Country country, string? raw, out string normalised, out string error)
    {
        normalised = string.Empty;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = $"companyId is required: give the {RegisterName(country)} ({Expected(country)}).";
            return false;
        }

        var result = country switch
        {
            Country.GB => NormaliseCompaniesHouse(raw),
            Country.FR => NormaliseSiren(raw),
            Country.BE => NormaliseEnterpriseNumber(raw),
            Country.NL => NormaliseKvk(raw),
            _ => (null, $"companies from country {country} cannot be registered: the programme covers GB, FR, BE and NL."),
        };

        if (result.Value is null)
        {
            error = result.Error;
            return false;
        }

        normalised = result.Value;
        error = string.Empty;
        return true;
    }

    /// <summary>The name of the register whose number identifies a company of <paramref name="country"/>.</summary>
    public static string RegisterName(Country country) => country switch
    {
        Country.GB => "Companies House number",
        Country.FR => "SIREN",
        Country.BE => "enterprise number (KBO/BCE)",
        Country.NL => "KvK number",
        _ => "company number",
    };

    private static string Expected(Country country) => country switch
    {
        Country.GB => "up to 8 digits such as 01234567, or two letters and 6 digits such as SC123456",
        Country.FR => "9 digits such as 732 829 320",
        Country.BE => "10 digits starting with 0 or 1, such as 0403.170.701",
        Country.NL => "8 digits such as 12345678",
        _ => "a national company id",
    };

    private static (string? Value, string Error) NormaliseCompaniesHouse(string raw)
    {
        var id = Strip(raw, removeDotsAndDashes: false).ToUpperInvariant();
        var shown = raw.Trim();
        var invalid = $"'{shown}' is not a valid Companies House number: expected {Expected(Country.GB)}.";

        if (id.Length is >= 1 and <= 8 && AllDigits(id))
        {
            if (id.All(c => c == '0'))
            {
                return (null, $"'{shown}' is not a valid Companies House number: it cannot be all zeros.");
            }

            return (id.PadLeft(8, '0'), string.Empty);
        }

        if (id.Length == 8 && AllDigits(id.AsSpan(2)))
        {
            var twoLetters = char.IsAsciiLetterUpper(id[0]) && char.IsAsciiLetterUpper(id[1]);
            var royalCharter = id[0] == 'R' && id[1] == '0';
            if (twoLetters || royalCharter)
            {
                return (id, string.Empty);
            }
        }

        return (null, invalid);
    }

    private static (string? Value, string Error) NormaliseSiren(string raw)
    {
        var id = Strip(raw, removeDotsAndDashes: true);
        var shown = raw.Trim();
        if (!AllDigits(id))
        {
            return (null, $"'{shown}' is not a valid SIREN: expected {Expected(Country.FR)}, digits only.");
        }

        if (id.Length == 14)
        {
            return (null, $"'{shown}' looks like a SIRET (14 digits, one establishment): give the company's 9-digit SIREN instead, the first 9 digits of the SIRET.");
        }

        if (id.Length != 9)
        {
            return (null, $"'{shown}' is not a valid SIREN: expected {Expected(Country.FR)}, got {id.Length.ToString(CultureInfo.InvariantCulture)} digits.");
        }

        if (!PassesLuhn(id))
        {
            return (null, $"'{shown}' is not a valid SIREN: its check digit is wrong (it fails the Luhn check); please check the number.");
        }

        return (id, string.Empty);
    }

    private static (string? Value, string Error) NormaliseEnterpriseNumber(string raw)
    {
        var id = Strip(raw, removeDotsAndDashes: true);
        var shown = raw.Trim();
        if (id.StartsWith("BE", StringComparison.OrdinalIgnoreCase))
        {
            id = id[2..];
        }

        if (!AllDigits(id) || id.Length is not (9 or 10))
        {
            return (null, $"'{shown}' is not a valid Belgian enterprise number (KBO/BCE): expected {Expected(Country.BE)}.");
        }

        if (id.Length == 9)
        {
            id = "0" + id;
        }

        if (id[0] is not ('0' or '1'))
        {
            return (null, $"'{shown}' is not a valid Belgian enterprise number (KBO/BCE): it must start with 0 or 1.");
        }

        var body = long.Parse(id.AsSpan(0, 8), NumberStyles.None, CultureInfo.InvariantCulture);
        var check = int.Parse(id.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (97 - (body % 97) != check)
        {
            return (null, $"'{shown}' is not a valid Belgian enterprise number (KBO/BCE): its last two digits fail the modulo-97 check; please check the number.");
        }

        return (id, string.Empty);
    }

    private static (string? Value, string Error) NormaliseKvk(string raw)
    {
        var id = Strip(raw, removeDotsAndDashes: false);
        if (id.Length != 8 || !AllDigits(id))
        {
            return (null, $"'{raw.Trim()}' is not a valid KvK number: expected {Expected(Country.NL)}.");
        }

        return (id, string.Empty);
    }

    private static string Strip(string raw, bool removeDotsAndDashes)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c) || (removeDotsAndDashes && c is '.' or '-'))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
