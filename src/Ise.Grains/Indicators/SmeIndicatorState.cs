using Ise.Effects;

namespace Ise.Indicators;

/// <summary>
/// What an SME has been credited for in the programme indicators (key → credit, with the local date
/// it first qualified), and the outbox that carries the changes to the counter buckets, written
/// together so a credit is sent exactly when it is recorded; with the ledger of the SME's deliveries
/// it is applied from. Kept by the SME's <see cref="SmeIndicatorLedgerGrain"/>. SMEs written
/// before that grain existed hold the first two fields in a state of their own ("sme-indicators"),
/// read only to hand it to their ledger. Bounded by what one firm does.
/// </summary>
[GenerateSerializer, Alias("ise.sme-indicator-state")]
public sealed class SmeIndicatorState
{
    [Id(0)]
    public Dictionary<string, IndicatorCredit> Credited { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public OutboxState Outbox { get; set; } = new();

    [Id(2)]
    public InboxLedger Inbox { get; set; } = new();
}
