using System.Globalization;
using System.Text;

namespace Ise.Imports;

/// <summary>
/// The columns of each kind of import and how headers are matched to them: case, accents, spaces,
/// underscores, hyphens and dots do not matter (<c>Company ID</c>, <c>company_id</c> and
/// <c>companyId</c> are one column); unknown columns are ignored.
/// </summary>
public sealed class ImportLayout
{
    public static ImportLayout Smes { get; } = new(ImportKind.Smes,
    [
        new("country", true, ["pays", "land", "countrycode"]),
        new("company_id", false, ["companynumber", "companyregistrationnumber", "registrationnumber", "siren", "kvk", "kvknumber", "enterprisenumber", "ondernemingsnummer", "numeroentreprise"]),
        new("name", true, ["companyname", "company", "nom", "naam", "raisonsociale", "bedrijfsnaam"]),
        new("region", true, ["regio"]),
        new("sector", true, ["secteur", "cluster"]),
        new("staff", true, ["staffcount", "employees", "headcount", "effectif", "werknemers"]),
        new("turnover", true, ["annualturnover", "revenue", "chiffredaffaires", "omzet"]),
        new("balance_sheet", true, ["balancesheettotal", "totalbalancesheet", "totalassets", "totalbilan", "balanstotaal"]),
        new("currency", false, ["devise", "munt", "valuta"]),
        new("lead_partner", false, ["leadpartnerid", "partner", "partnerid"]),
    ]);

    public static ImportLayout Attendance { get; } = new(ImportKind.Attendance,
    [
        new("attendee_code", false, ["code", "badgecode", "badge", "attendee", "qrcode"]),
        new("sme_id", false, ["sme", "smeid", "companykey"]),
        new("status", false, ["attendance", "attended", "outcome", "presence", "statut", "aanwezigheid"]),
    ]);

    public static ImportLayout HistoryEvents { get; } = new(ImportKind.HistoryEvents,
    [
        new("reference", true, ["ref", "key", "eventreference", "externalreference", "eventref", "referentie"]),
        new("kind", true, ["eventkind", "activity", "activitykind", "type", "eventtype"]),
        new("host_partner", false, ["hostpartnerid", "host", "partner", "partnerid", "organiser", "organizer"]),
        new("region", true, ["regio"]),
        new("sectors", true, ["sector", "secteurs", "secteur", "sectoren", "clusters", "cluster"]),
        new("title", true, ["name", "eventname", "titre", "titel"]),
        new("date", true, ["day", "eventdate", "jour", "datum"]),
        new("start", true, ["starttime", "startsat", "from", "debut", "begin"]),
        new("end", true, ["endtime", "endsat", "until", "fin", "einde"]),
        new("venue", true, ["location", "place", "lieu", "locatie", "plaats"]),
        new("capacity", true, ["seats", "places", "capacite", "capaciteit"]),
    ]);

    /// <summary>A layout whose columns come from data (the diagnostic questionnaires) rather than from this class.</summary>
    public ImportLayout(ImportKind kind, IReadOnlyList<ImportColumn> columns)
    {
        Kind = kind;
        Columns = columns;
    }

    public ImportKind Kind { get; }

    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The position of a column in <see cref="Columns"/> (and so in <see cref="ImportRow.Values"/>).</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "not a column of this import");
    }

    /// <summary>The column called <paramref name="name"/>, so another layout can read it the same way.</summary>
    public ImportColumn Column(string name) => Columns[IndexOf(name)];

    /// <summary>The column a header names, or null for a column the import does not read.</summary>
    public ImportColumn? Match(string header)
    {
        var key = Key(header);
        return Columns.FirstOrDefault(c => Key(c.Name) == key || c.Aliases.Contains(key, StringComparer.Ordinal));
    }

    /// <summary>A header as it is compared: lower case letters and digits only, accents removed.</summary>
    public static string Key(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
