using Ise.Effects;
using Ise.Journal;

namespace Ise.Smes;

/// <summary>
/// A diagnostic assessment was recorded in the journey (its answers and scores are in the SME's
/// diagnostics state); the SME's scores enter its peer groups, replacing its previous contribution.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.sme.assessed")]
public sealed record SmeAssessed(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] JourneyEntry Entry,
    [property: Id(3)] IReadOnlyList<PeerGroupChange> PeerGroups,
    [property: Id(4)] SmeConsequences Consequences) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        PeerGroups.Select(p => new AddressedEffect(EffectTarget.DiagnosticPeerGroup, p.Group, p.Change)).Concat(Consequences.Effects(version));
}
