using Ise.Effects;

namespace Ise.Indexes;

/// <summary>One index bucket: its members in ordinal order (bounded by the bucketing).</summary>
[GenerateSerializer, Alias("ise.index-state")]
public sealed class IndexState
{
    [Id(0)]
    public List<string> Members { get; set; } = [];

    [Id(1)]
    public InboxLedger Inbox { get; set; } = new();
}
