using Ise.Journal;

namespace Ise.Indicators;

/// <summary>
/// The SME's credits changed (first earned, withdrawn, moved) after the inputs its outbox sent as
/// <see cref="Source"/>'s deliveries up to <see cref="Through"/>; the changes go to the counter
/// buckets of every period they fall in, booked on <see cref="BookedOn"/> (the local date in the
/// SME's region when the ledger decided).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-ledger.credits-changed")]
public sealed record IndicatorCreditsChanged(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Source,
    [property: Id(3)] long Through,
    [property: Id(4)] string SubjectId,
    [property: Id(5)] string SubjectName,
    [property: Id(6)] DateOnly BookedOn,
    [property: Id(7)] IReadOnlyList<IndicatorChange> Changes) : IIndicatorLedgerEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        IndicatorLedger.Route(SubjectId, SubjectName, BookedOn, Changes)
            .Select(routed => new AddressedEffect(Ise.Effects.EffectTarget.IndicatorBucket, routed.BucketKey, routed.Effect));
}
