using Ise.Effects;

namespace Ise.Indicators;

/// <summary>
/// A counter bucket of a period: figures and adjustments by counter key, the newest evidence rows
/// (older ones are sealed into pages of <see cref="IseKeys.IndicatorEvidencePageSize"/>), the
/// senders' ledger, and the outbox that forwards changes once the period is frozen.
/// </summary>
[GenerateSerializer, Alias("ise.indicator-bucket-state")]
public sealed class IndicatorBucketState
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
