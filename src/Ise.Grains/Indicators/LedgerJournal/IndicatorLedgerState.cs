namespace Ise.Indicators;

/// <summary>
/// What an SME is credited for in the programme indicators (key → credit, with the local date it
/// first qualified) and, per sender, the last delivery the credits were worked out from, as the
/// ledger's journal builds them: changed only by <see cref="Apply"/>, which replay calls too.
/// Bounded by what one firm does.
/// </summary>
[GenerateSerializer, Alias("ise.indicator-ledger-state")]
public sealed class IndicatorLedgerState
{
    [Id(0)]
    public Dictionary<string, IndicatorCredit> Credited { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public Dictionary<string, long> AppliedThrough { get; set; } = new(StringComparer.Ordinal);

    public void Apply(IIndicatorLedgerEvent @event)
    {
        switch (@event)
        {
            case IndicatorLedgerCarriedOver carried:
                Credited = new(carried.Credited, StringComparer.Ordinal);
                foreach (var (source, through) in carried.AppliedThrough)
                {
                    Applied(source, through);
                }

                break;
            case IndicatorCreditsChanged changed:
                IndicatorLedger.Apply(Credited, changed.Changes);

                Applied(changed.Source, changed.Through);
                break;
            default:
                throw new InvalidOperationException($"An indicator ledger cannot apply {@event.GetType().Name}.");
        }
    }

    private void Applied(string source, long through) =>
        AppliedThrough[source] = Math.Max(AppliedThrough.GetValueOrDefault(source), through);
}
