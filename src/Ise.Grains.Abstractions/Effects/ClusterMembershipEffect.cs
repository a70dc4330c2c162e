using Ise.Programme;

namespace Ise.Effects;

/// <summary>An SME joined or left a cluster: decided by the SME, passed on by the cluster's member bucket.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.cluster-membership")]
public sealed record ClusterMembershipEffect(
    [property: Id(0)] string SmeId,
    [property: Id(1)] Country Country,
    [property: Id(2)] Region Region,
    [property: Id(3)] bool Joined,
    [property: Id(4)] DateTimeOffset At) : Effect;
