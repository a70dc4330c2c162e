namespace Ise.Clusters;

/// <summary>Members of one bucket in id order, and whether more follow.</summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-members-page")]
public sealed record ClusterMembersPage(
    [property: Id(0)] IReadOnlyList<ClusterMemberInfo> Members,
    [property: Id(1)] bool HasMore);
