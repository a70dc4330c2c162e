using Ise.Effects;
using Ise.Indicators;

namespace Ise.Smes;

/// <summary>
/// What an SME has been credited for in the programme indicators (key → credit, with the local date
/// it first qualified), and the outbox that carries the changes to the counter buckets, written
/// together so a credit is sent exactly when it is recorded. Bounded by what one firm does.
/// </summary>
[GenerateSerializer, Alias("ise.sme-indicator-state")]
public sealed class SmeIndicatorState
{
    [Id(0)]
    public Dictionary<string, IndicatorCredit> Credited { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public OutboxState Outbox { get; set; } = new();
}
