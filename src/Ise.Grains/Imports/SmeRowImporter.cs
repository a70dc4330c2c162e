using System.Globalization;
using Ise.Errors;
using Ise.Programme;
using Ise.Smes;
using Ise.Smes.Rules;

namespace Ise.Imports;

/// <summary>
/// A row of an SME list: read into the same <see cref="RegisterSme"/> the API takes, then registered
/// by the SME grain (which validates it and checks eligibility). The SME id is the natural key
/// (country + normalised company id), so a firm already registered is reported unchanged; a row
/// without a company id gets a provisional id derived from its lead partner, name and region, so a
/// re-run finds the same SME.
/// </summary>
internal sealed class SmeRowImporter(IGrainFactory grains, string? actingPartnerId) : IRowImporter
{
    private static readonly ImportLayout s_layout = ImportLayout.Smes;

    /// <summary>Each row registers its own SME (a second row naming it is marked a duplicate before anything runs).</summary>
    public bool RowsAreIndependent => true;

    public string? Key(ImportRow row) => Read(row, actingPartnerId, out var read, out _) ? read.SmeId : null;

    public async Task<ImportRowResult> ApplyAsync(ImportRow row)
    {
        if (!Read(row, actingPartnerId, out var read, out var error))
        {
            return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, null, error);
        }

        try
        {
            var registration = await grains.GetGrain<ISmeGrain>(read.SmeId).RegisterAsync(read.Command);
            return registration.Created
                ? new ImportRowResult(row.Line, ImportRowOutcome.Accepted, read.SmeId, $"registered for {registration.LeadPartnerId}")
                : new ImportRowResult(row.Line, ImportRowOutcome.Unchanged, read.SmeId, $"already registered (lead partner {registration.LeadPartnerId})");
        }
        catch (IseException refusal) when (refusal.Code != IseErrorCode.Unavailable)
        {
            return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, read.SmeId, refusal.Message);
        }
    }

    /// <summary>Reads a row into a registration; on failure <paramref name="error"/> names the column and what is wrong.</summary>
    public static bool Read(ImportRow row, string? actingPartnerId, out (string SmeId, RegisterSme Command) read, out string error)
    {
        read = default;
        var problems = new List<string>();
        string Value(string column) => row.Values[s_layout.IndexOf(column)].Trim();

        var country = ImportValues.Country(Value("country"), "country", problems);
        var region = ImportValues.Region(Value("region"), "region", problems);
        var sector = ImportValues.Sector(Value("sector"), "sector", problems);

        var staffText = Value("staff");
        if (!int.TryParse(staffText.Replace(" ", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var staff))
        {
            problems.Add($"staff: {ReportText.Quote(staffText)} is not a whole number");
        }

        var turnover = Amount(Value("turnover"), "turnover", problems);
        var balanceSheet = Amount(Value("balance_sheet"), "balance_sheet", problems);
        var currencyText = Value("currency");
        var currency = country == Country.GB ? Currency.GBP : Currency.EUR;
        if (currencyText.Length > 0 && !ProgrammeNames.TryCurrency(currencyText, out currency))
        {
            problems.Add($"currency: {ReportText.Quote(currencyText)} is not EUR or GBP");
        }

        var leadPartner = ImportValues.Partner(Value("lead_partner"), "lead_partner", actingPartnerId, "lead partner", "register SMEs", problems);

        var name = Value("name");
        var companyText = Value("company_id");
        var smeId = "";
        if (problems.Count == 0)
        {
            if (companyText.Length == 0)
            {
                smeId = IseKeys.ProvisionalSmeFromKey(country, "import", $"{leadPartner}|{ImportLayout.Key(name)}|{region}");
            }
            else
            {
                smeId = ImportValues.SmeId(country, companyText, "company_id", problems);
            }
        }

        if (problems.Count > 0)
        {
            error = string.Join("; ", problems);
            return false;
        }

        read = (smeId, new RegisterSme(country, companyText.Length == 0 ? null : companyText, name, region, sector, staff,
            new Money(turnover, currency), new Money(balanceSheet, currency), leadPartner, []));
        error = "";
        return true;
    }

    private static decimal Amount(string text, string column, List<string> problems)
    {
        if (ProgrammeNames.TryAmount(text, out var amount))
        {
            return amount;
        }

        problems.Add($"{column}: {ReportText.Quote(text)} is not an amount");
        return 0;
    }
}
