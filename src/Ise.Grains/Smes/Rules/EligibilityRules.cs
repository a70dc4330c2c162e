using System.Globalization;
using Ise.Programme;

namespace Ise.Smes.Rules;

/// <summary>
/// The EU SME definition as the programme applies it: fewer than 250 staff, and turnover at most
/// EUR 50m or balance sheet total at most EUR 43m; the firm must also be in its region's country.
/// Amounts declared in GBP are converted at the programme's fixed rate.
/// </summary>
public sealed class EligibilityRules
{
    public const int StaffLimit = 250;
    public const decimal TurnoverLimitEur = 50_000_000m;
    public const decimal BalanceSheetLimitEur = 43_000_000m;

    private readonly decimal _gbpToEurRate;

    public EligibilityRules(decimal gbpToEurRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gbpToEurRate);
        _gbpToEurRate = gbpToEurRate;
    }

    public decimal GbpToEurRate => _gbpToEurRate;

    public decimal ToEur(Money money) => money.Currency switch
    {
        Currency.EUR => money.Amount,
        Currency.GBP => money.Amount * _gbpToEurRate,
        _ => throw new ArgumentOutOfRangeException(nameof(money), money.Currency, "Unknown currency."),
    };

    public EligibilityResult Check(Country country, Region region, int staffCount, Money turnover, Money balanceSheetTotal)
    {
        var reasons = new List<string>();

        if (staffCount < 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"staff count {staffCount} cannot be negative"));
        }
        else if (staffCount >= StaffLimit)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{staffCount} staff: an SME has fewer than {StaffLimit}"));
        }

        var turnoverEur = ToEur(turnover);
        var balanceSheetEur = ToEur(balanceSheetTotal);
        if (turnoverEur > TurnoverLimitEur && balanceSheetEur > BalanceSheetLimitEur)
        {
            reasons.Add(
                $"turnover {Describe(turnover, turnoverEur)} exceeds EUR 50m and balance sheet " +
                $"{Describe(balanceSheetTotal, balanceSheetEur)} exceeds EUR 43m");
        }

        var regionInfo = ProgrammeCatalog.Describe(region);
        if (regionInfo.Country != country)
        {
            reasons.Add($"region {regionInfo.Name} is in {regionInfo.Country}, not {country}");
        }

        return new EligibilityResult(reasons.Count == 0, reasons);
    }

    private string Describe(Money declared, decimal eur)
    {
        var text = "EUR " + FormatAmount(eur);
        if (declared.Currency == Currency.GBP)
        {
            text += string.Create(
                CultureInfo.InvariantCulture,
                $" (GBP {FormatAmount(declared.Amount)} at {_gbpToEurRate} EUR per GBP)");
        }

        return text;
    }

    private static string FormatAmount(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
