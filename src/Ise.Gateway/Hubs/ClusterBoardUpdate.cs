namespace Ise.Gateway.Hubs;

/// <summary>A delta: the counts now and the feed items added (oldest first) after <see cref="PreviousSequence"/>.</summary>
public sealed record ClusterBoardUpdate(string Sector, long PreviousSequence, ClusterFigures Figures, IReadOnlyList<ClusterFeedEntry> NewItems);
