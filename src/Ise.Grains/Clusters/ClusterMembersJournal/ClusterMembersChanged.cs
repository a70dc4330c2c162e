using Ise.Effects;
using Ise.Journal;

namespace Ise.Clusters;

/// <summary>
/// SMEs joined or left the cluster (<see cref="Changes"/>: only those that change its members, in the order delivered),
/// from a delivery of <see cref="Source"/> applied through <see cref="Through"/>. Each change is passed on to the cluster
/// (<see cref="Sector"/>), which counts its members and puts them in its feed.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-members.changed")]
public sealed record ClusterMembersChanged(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Sector,
    [property: Id(3)] string Source,
    [property: Id(4)] long Through,
    [property: Id(5)] IReadOnlyList<ClusterMembershipEffect> Changes) : IClusterMembersChange, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) => Changes.Select(c => new AddressedEffect(EffectTarget.Cluster, Sector, c));
}
