using Ise.Clusters;

namespace Ise.Gateway.Hubs;

/// <summary>A cluster's live counts; country keys are ISO codes (GB, FR, BE, NL).</summary>
public sealed record ClusterFigures(long Sequence, int Members, IReadOnlyDictionary<string, int> MembersByCountry, long FeedItems)
{
    public static ClusterFigures From(ClusterView view) => new(
        view.Sequence, view.Members,
        view.MembersByCountry.Where(c => c.Value != 0).ToDictionary(c => c.Key.ToString(), c => c.Value),
        view.FeedItems);
}
