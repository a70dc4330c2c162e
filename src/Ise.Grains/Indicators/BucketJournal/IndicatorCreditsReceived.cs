using Ise.Effects;
using Ise.Journal;

namespace Ise.Indicators;

/// <summary>
/// A delivery of credits from <see cref="Source"/>, applied through <see cref="Through"/>: those counted here
/// (<see cref="Counted"/>, each change one evidence row), and those that reached the period after it was frozen, sent on
/// as adjustments (<see cref="Adjustments"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-bucket.credits-received")]
public sealed record IndicatorCreditsReceived(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Source,
    [property: Id(3)] long Through,
    [property: Id(4)] IReadOnlyList<IndicatorCreditsEffect> Counted,
    [property: Id(5)] IReadOnlyList<IndicatorAdjustment> Adjustments) : IIndicatorBucketChange, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        Adjustments.Select(a => new AddressedEffect(EffectTarget.IndicatorBucket, a.BucketKey, a.Credits));
}
