using Ise.Effects;

namespace Ise.Clusters;

/// <summary>
/// What one delivery or one post changed in a cluster: members who joined or left (<see cref="Memberships"/>),
/// connections made between its SMEs, the items appended to its feed (numbered, in order; full pages of them were
/// sealed into page grains before this was stored), and the keys of one-shot news and posts now seen. A delivery
/// deduplicated by sender names it (<see cref="Source"/>) and the sequence applied through.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.cluster.changed")]
public sealed record ClusterChanged(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? Source,
    [property: Id(3)] long Through,
    [property: Id(4)] IReadOnlyList<ClusterMembershipEffect> Memberships,
    [property: Id(5)] IReadOnlyList<ConnectionMadeEffect> Connections,
    [property: Id(6)] IReadOnlyList<ClusterFeedItem> Items,
    [property: Id(7)] IReadOnlyList<string> Keys) : IClusterChange;
