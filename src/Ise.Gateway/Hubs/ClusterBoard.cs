namespace Ise.Gateway.Hubs;

/// <summary>The snapshot a cluster page starts from: the sector, its counts and the newest feed items (newest first).</summary>
public sealed record ClusterBoard(string Sector, string Name, ClusterFigures Figures, IReadOnlyList<ClusterFeedEntry> Feed, bool HasOlder);
