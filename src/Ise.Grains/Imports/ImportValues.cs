using System.Globalization;
using Ise.Programme;
using Ise.Smes;
using Ise.Smes.Rules;

namespace Ise.Imports;

/// <summary>
/// Values of the programme read from a row's cell, as every import reads them: on failure the problem is added
/// to the row's list, naming the column and quoting what the cell held (<see cref="ReportText.Quote"/>).
/// </summary>
internal static class ImportValues
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
    private static readonly string[] s_timeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "HH.mm", "H.mm"];

    private delegate bool TryParseExact<T>(string text, string[] formats, IFormatProvider provider, DateTimeStyles styles, out T value);

    public static DateOnly Date(string text, string column, List<string> problems) =>
        Parse<DateOnly>(text, column, s_dateFormats, "a date (yyyy-mm-dd or dd/mm/yyyy)", DateOnly.TryParseExact, problems);

    public static TimeOnly Time(string text, string column, List<string> problems) =>
        Parse<TimeOnly>(text, column, s_timeFormats, "a time of day (hh:mm)", TimeOnly.TryParseExact, problems);

    public static Country Country(string text, string column, List<string> problems)
    {
        if (ProgrammeNames.TryCountry(text, out var country))
        {
            return country;
        }

        problems.Add($"{column}: {ReportText.Quote(text)} is not GB, FR, BE or NL");
        return default;
    }

    /// <summary>The id of the SME a company id of <paramref name="country"/> names (<see cref="IseKeys.Sme"/>), or empty when it is not one.</summary>
    public static string SmeId(Country country, string companyText, string column, List<string> problems)
    {
        if (CompanyIds.TryNormalise(country, companyText, out var normalised, out var idError))
        {
            return IseKeys.Sme(country, normalised);
        }

        problems.Add($"{column}: {idError}");
        return "";
    }

    public static Region Region(string text, string column, List<string> problems)
    {
        if (ProgrammeNames.TryRegion(text, out var region))
        {
            return region;
        }

        problems.Add($"{column}: {ReportText.Quote(text)} is not a programme region ({string.Join(", ", ProgrammeCatalog.Regions.Select(r => r.Name))})");
        return default;
    }

    public static Sector Sector(string text, string column, List<string> problems)
    {
        if (ProgrammeNames.TrySector(text, out var sector))
        {
            return sector;
        }

        problems.Add($"{column}: {ReportText.Quote(text)} is not a programme sector ({string.Join(", ", ProgrammeCatalog.Sectors.Select(s => s.Name))})");
        return default;
    }

    /// <summary>
    /// The partner a row is for: the one its cell names, else the partner the caller acts for. The secretariat
    /// (<paramref name="actingPartnerId"/> null) must name one; partner staff may name only their own, since they
    /// <paramref name="action"/> for it alone (<c>register SMEs</c>).
    /// </summary>
    public static string Partner(string text, string column, string? actingPartnerId, string role, string action, List<string> problems)
    {
        var partner = actingPartnerId ?? "";
        if (text.Length > 0 && !ProgrammeNames.TryPartner(text, out partner))
        {
            problems.Add($"{column}: {ReportText.Quote(text)} is not one of the programme's partners");
        }
        else if (partner.Length == 0)
        {
            problems.Add($"{column} is required: the secretariat imports for any partner, so each row names its {role}");
        }
        else if (actingPartnerId is not null && partner != actingPartnerId)
        {
            problems.Add($"{column}: staff of {actingPartnerId} {action} for {actingPartnerId} only, not for {partner}");
        }

        return partner;
    }

    private static T Parse<T>(string text, string column, string[] formats, string what, TryParseExact<T> parse, List<string> problems)
        where T : struct
    {
        if (parse(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        problems.Add($"{column}: {ReportText.Quote(text)} is not {what}");
        return default;
    }
}
