using Ise.Programme;

namespace Ise.Imports;

/// <summary>
/// Values of the programme read from a row's cell, as every import reads them: on failure the problem is added
/// to the row's list, naming the column and quoting what the cell held (<see cref="ReportText.Quote"/>).
/// </summary>
internal static class ImportValues
{
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
}
