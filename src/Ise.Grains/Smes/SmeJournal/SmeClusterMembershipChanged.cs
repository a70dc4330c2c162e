using Ise.Effects;
using Ise.Journal;
using Ise.Programme;

namespace Ise.Smes;

/// <summary>The SME joined or left the cluster <see cref="Slug"/> (the journey entry says when it happened); the cluster's member bucket is told.</summary>
[GenerateSerializer, Immutable, Alias("ise.sme.cluster-membership-changed")]
public sealed record SmeClusterMembershipChanged(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] JourneyEntry Entry,
    [property: Id(3)] string Slug,
    [property: Id(4)] bool Joined,
    [property: Id(5)] Country Country,
    [property: Id(6)] Region Region,
    [property: Id(7)] SmeConsequences Consequences) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        Consequences.Effects(version).Prepend(new AddressedEffect(EffectTarget.ClusterMembers, IseKeys.ClusterMembers(Slug, Consequences.SmeId),
            new ClusterMembershipEffect(Consequences.SmeId, Country, Region, Joined, Entry.OccurredAt)));
}
