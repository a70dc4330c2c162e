using Ise.Effects;

namespace Ise.Diagnostics;

/// <summary>A peer group's histograms by axis and dimension id, and the SMEs counted in it.</summary>
[GenerateSerializer, Alias("ise.diagnostic-peer-group-state")]
public sealed class DiagnosticPeerGroupState
{
    [Id(0)]
    public Dictionary<string, PeerHistogram> Histograms { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public int AssessedSmes { get; set; }

    [Id(2)]
    public InboxLedger Inbox { get; set; } = new();
}
