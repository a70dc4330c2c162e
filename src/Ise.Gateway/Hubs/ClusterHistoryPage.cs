namespace Ise.Gateway.Hubs;

/// <summary>Older feed items (newest first) and whether there are more.</summary>
public sealed record ClusterHistoryPage(IReadOnlyList<ClusterFeedEntry> Items, bool HasOlder);
