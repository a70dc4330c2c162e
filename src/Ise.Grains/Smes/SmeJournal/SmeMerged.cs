using Ise.Effects;
using Ise.Journal;

namespace Ise.Smes;

/// <summary>
/// This provisional SME was merged into <see cref="Target"/>: it hands over its journey and the
/// partners that served it, leaves every list and gives up its credits (the target earns them).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.sme.merged")]
public sealed record SmeMerged(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Target,
    [property: Id(3)] JourneyEntry Entry,
    [property: Id(4)] IReadOnlyList<JourneyEntry> HandedOver,
    [property: Id(5)] IReadOnlyList<string> PartnerIds,
    [property: Id(6)] SmeConsequences Consequences) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        Consequences.Effects(version).Prepend(new AddressedEffect(EffectTarget.Sme, Target, new JourneyTransferEffect(Consequences.SmeId, HandedOver, PartnerIds)));
}
