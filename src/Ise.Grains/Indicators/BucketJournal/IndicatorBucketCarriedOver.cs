using Ise.Effects;
using Ise.Journal;

namespace Ise.Indicators;

/// <summary>
/// The first event of a counter bucket stored whole before the journal: its figures, open evidence rows, sealed pages and
/// the deliveries it had applied. The adjustments its outbox had not seen confirmed are sent again under their original
/// sender (the bucket's key) and sequence, so a bucket that had applied one drops it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-bucket.carried-over")]
public sealed record IndicatorBucketCarriedOver(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Key,
    [property: Id(3)] bool Frozen,
    [property: Id(4)] IReadOnlyDictionary<string, int> Counts,
    [property: Id(5)] IReadOnlyDictionary<string, int> Adjustments,
    [property: Id(6)] IReadOnlyList<IndicatorEvidence> OpenRows,
    [property: Id(7)] long SealedPages,
    [property: Id(8)] IReadOnlyDictionary<string, long> AppliedThrough,
    [property: Id(9)] IReadOnlyList<OutboxEntry> Undelivered) : IIndicatorBucketChange, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        Undelivered.Select(e => new AddressedEffect(e.Target, e.TargetKey, e.Effect, new EffectOrigin(Key, e.Sequence)));
}
