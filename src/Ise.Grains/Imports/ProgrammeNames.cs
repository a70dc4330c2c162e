using System.Globalization;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Imports;

/// <summary>
/// Reads the programme's values as partners write them in spreadsheets: regions, sectors and
/// partners by slug, display name or code (<c>East Flanders</c>, <c>east-flanders</c>,
/// <c>EastFlanders</c>), countries by ISO code or name in English, French or Dutch, amounts with
/// either decimal mark.
/// </summary>
public static class ProgrammeNames
{
    private static readonly Dictionary<string, Country> s_countries = new(StringComparer.Ordinal)
    {
        ["gb"] = Country.GB, ["uk"] = Country.GB, ["unitedkingdom"] = Country.GB, ["england"] = Country.GB, ["royaumeuni"] = Country.GB, ["verenigdkoninkrijk"] = Country.GB,
        ["fr"] = Country.FR, ["france"] = Country.FR, ["frankrijk"] = Country.FR,
        ["be"] = Country.BE, ["belgium"] = Country.BE, ["belgique"] = Country.BE, ["belgie"] = Country.BE,
        ["nl"] = Country.NL, ["netherlands"] = Country.NL, ["thenetherlands"] = Country.NL, ["nederland"] = Country.NL, ["paysbas"] = Country.NL,
    };

    public static bool TryCountry(string text, out Country country) => s_countries.TryGetValue(ImportLayout.Key(text), out country);

    public static bool TryRegion(string text, out Region region) =>
        TryMatch(ProgrammeCatalog.Regions, text, r => [r.Slug, r.Name, r.Region.ToString()], r => r.Region, out region);

    public static bool TrySector(string text, out Sector sector) =>
        TryMatch(ProgrammeCatalog.Sectors, text, s => [s.Slug, s.Name, s.Sector.ToString()], s => s.Sector, out sector);

    /// <summary>An event kind by slug, name or code (<c>sector-workshop</c>, <c>Sector-Focused Workshop</c>, <c>SectorWorkshop</c>); kinds that are not events are not found.</summary>
    public static bool TryEventKind(string text, out ActivityKind kind) =>
        TryMatch(ProgrammeCatalog.ActivityKinds.Where(k => ProgrammeCatalog.IsEventKind(k.Kind)), text, k => [k.Slug, k.Name, k.Kind.ToString()], k => k.Kind, out kind);

    public static bool TryPartner(string text, out string partnerId)
    {
        var found = TryMatch(ProgrammeCatalog.Partners, text, p => [p.Id, p.Name], p => p.Id, out var id);
        partnerId = id ?? "";
        return found;
    }

    public static bool TryCurrency(string text, out Currency currency)
    {
        currency = text.Trim() switch
        {
            "€" => Currency.EUR,
            "£" => Currency.GBP,
            var code => Enum.TryParse<Currency>(code, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (Currency)(-1),
        };
        return Enum.IsDefined(currency);
    }

    /// <summary>
    /// An amount such as <c>1250000</c>, <c>1,250,000.50</c>, <c>1.250.000,50</c> or <c>1 250 000</c>:
    /// spaces and currency signs are ignored; the last of '.' or ',' is the decimal mark unless it is
    /// followed by exactly three digits and is the only kind of mark (then it separates thousands).
    /// </summary>
    public static bool TryAmount(string text, out decimal amount)
    {
        var digits = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('€' or '£' or '\''))]);
        var lastDot = digits.LastIndexOf('.');
        var lastComma = digits.LastIndexOf(',');
        var mark = Math.Max(lastDot, lastComma);
        var onlyOneKind = lastDot < 0 || lastComma < 0;
        var decimalMark = mark >= 0 && !(onlyOneKind && digits.Length - mark - 1 == 3) ? digits[mark] : '\0';
        var plain = new string([.. digits.Where((c, i) => c is not ('.' or ',') || (c == decimalMark && i == mark)).Select(c => c == decimalMark ? '.' : c)]);
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    private static bool TryMatch<TInfo, TValue>(IEnumerable<TInfo> catalog, string text, Func<TInfo, string[]> names, Func<TInfo, TValue> value, out TValue found)
    {
        var key = ImportLayout.Key(text.Replace("&", "and", StringComparison.Ordinal));
        foreach (var info in catalog)
        {
            if (names(info).Any(n => ImportLayout.Key(n.Replace("&", "and", StringComparison.Ordinal)) == key))
            {
                found = value(info);
                return true;
            }
        }

        found = default!;
        return false;
    }
}
