using Ise.Effects;

namespace Ise.Indexes;

/// <summary>
/// An index bucket as it was stored whole before its lists became rows (state name "index"): its
/// members in ordinal order and the last sequence applied from each sender (every sender was a
/// member of its own lists). Read, never written, by this build: <see cref="IndexBucketLegacyMove"/>
/// turns it into rows.
/// </summary>
[GenerateSerializer, Alias("ise.index-state")]
public sealed class LegacyIndexBucketState
{
    [Id(0)]
    public List<string> Members { get; set; } = [];

    [Id(1)]
    public InboxLedger Inbox { get; set; } = new();
}
