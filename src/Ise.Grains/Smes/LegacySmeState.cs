using Ise.Effects;

namespace Ise.Smes;

/// <summary>
/// An SME as it was stored whole before the journal (state name "sme"): its company data, journey,
/// outbox and delivery ledger. Read once, by <see cref="SmeLegacyConverter"/>. No personal data here.
/// </summary>
[GenerateSerializer, Alias("ise.sme-state")]
public sealed class LegacySmeState
{
    [Id(0)]
    public SmeProfile? Profile { get; set; }

    [Id(1)]
    public List<JourneyEntry> Journey { get; set; } = [];

    [Id(2)]
    public List<string> ServingPartnerIds { get; set; } = [];

    [Id(3)]
    public string? MergedInto { get; set; }

    [Id(4)]
    public OutboxState Outbox { get; set; } = new();

    [Id(5)]
    public InboxLedger Inbox { get; set; } = new();
}
