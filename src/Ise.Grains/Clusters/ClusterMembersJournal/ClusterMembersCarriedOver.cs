using Ise.Effects;
using Ise.Journal;

namespace Ise.Clusters;

/// <summary>
/// The first event of a bucket of a cluster's members stored whole before the journal: its members and the deliveries it
/// had applied. The changes its outbox had not seen confirmed by the cluster are sent again under their original sender
/// (the bucket's key) and sequence, so a cluster that had applied one drops it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-members.carried-over")]
public sealed record ClusterMembersCarriedOver(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Key,
    [property: Id(3)] IReadOnlyList<ClusterMemberInfo> Members,
    [property: Id(4)] IReadOnlyDictionary<string, long> AppliedThrough,
    [property: Id(5)] IReadOnlyList<OutboxEntry> Undelivered) : IClusterMembersChange, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        Undelivered.Select(e => new AddressedEffect(e.Target, e.TargetKey, e.Effect, new EffectOrigin(Key, e.Sequence)));
}
