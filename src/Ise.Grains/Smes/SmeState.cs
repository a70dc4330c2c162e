using Ise.Effects;

namespace Ise.Smes;

/// <summary>
/// An SME's company data and journey. The journey is bounded by what one firm does with the
/// programme (tens to hundreds of entries), so it stays in the grain. No personal data here.
/// </summary>
[GenerateSerializer, Alias("ise.sme-state")]
public sealed class SmeState
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
