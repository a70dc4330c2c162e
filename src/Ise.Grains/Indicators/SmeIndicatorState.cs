using Ise.Effects;

namespace Ise.Indicators;

/// <summary>
/// An SME's credits in the programme indicators as they were stored whole before the journal, with
/// the outbox that carried the changes to the counter buckets and the ledger of the SME's
/// deliveries: the shape of the "sme-indicator-ledger" rows that <see cref="SmeIndicatorLedgerLegacyConverter"/>
/// moves into the journal, and of the "sme-indicators" state SMEs kept before ledgers existed (moved
/// into their ledger's stream by <see cref="SmeIndicatorsLegacyMove"/>). Read, never written, by this build.
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
