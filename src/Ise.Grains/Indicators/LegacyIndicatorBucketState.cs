using Ise.Effects;

namespace Ise.Indicators;

/// <summary>
/// A counter bucket of a period as it was stored whole before the journal (state name "indicator-bucket"): figures and
/// adjustments, the newest evidence rows, the senders' ledger and the outbox that forwarded changes once the period was
/// frozen. Read once, by <see cref="IndicatorBucketLegacyConverter"/>.
/// </summary>
[GenerateSerializer, Alias("ise.indicator-bucket-state")]
public sealed class LegacyIndicatorBucketState
{
    [Id(0)]
    public bool Frozen { get; set; }

    [Id(1)]
    public Dictionary<string, int> Counts { get; set; } = new(StringComparer.Ordinal);

    [Id(2)]
    public Dictionary<string, int> Adjustments { get; set; } = new(StringComparer.Ordinal);

    [Id(3)]
    public List<IndicatorEvidence> OpenRows { get; set; } = [];

    [Id(4)]
    public long SealedPages { get; set; }

    [Id(5)]
    public InboxLedger Inbox { get; set; } = new();

    [Id(6)]
    public OutboxState Outbox { get; set; } = new();
}
