using Ise.Programme;

namespace Ise.Clusters;

/// <summary>A current member of a cluster and when it joined.</summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-member")]
public sealed record ClusterMemberInfo(
    [property: Id(0)] string SmeId,
    [property: Id(1)] Country Country,
    [property: Id(2)] Region Region,
    [property: Id(3)] DateTimeOffset JoinedAt);
