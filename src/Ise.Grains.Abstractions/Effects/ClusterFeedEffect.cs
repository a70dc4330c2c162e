using Ise.Clusters;

namespace Ise.Effects;

/// <summary>An item for a cluster's feed from an event (announced or closed); the cluster numbers it.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.cluster-feed")]
public sealed record ClusterFeedEffect(
    [property: Id(0)] ClusterFeedItemKind Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string EventId,
    [property: Id(3)] string Text,
    [property: Id(4)] int? Attendance) : Effect;
