namespace Ise.Clusters;

/// <summary>
/// One item of a sector cluster's activity feed, numbered from 1 in the order items were added.
/// Text is stored as given and must be rendered as text.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-feed-item")]
public sealed record ClusterFeedItem(
    [property: Id(0)] long Sequence,
    [property: Id(1)] ClusterFeedItemKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? SmeId,
    [property: Id(4)] string? EventId,
    [property: Id(5)] string? Text,
    [property: Id(6)] int? Attendance);
