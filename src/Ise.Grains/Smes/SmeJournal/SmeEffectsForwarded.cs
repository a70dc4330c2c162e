using Ise.Effects;
using Ise.Journal;

namespace Ise.Smes;

/// <summary>Effects that reached this SME after it was merged, passed on to the SME it was merged into.</summary>
[GenerateSerializer, Immutable, Alias("ise.sme.effects-forwarded")]
public sealed record SmeEffectsForwarded(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Source,
    [property: Id(3)] long Through,
    [property: Id(4)] string Target,
    [property: Id(5)] IReadOnlyList<Effect> Forwarded) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) => Forwarded.Select(e => new AddressedEffect(EffectTarget.Sme, Target, e));
}
