using System.Globalization;
using GraphQL.Types.Relay.DataObjects;
using Ise.Clusters;
using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>Pages of a cluster's members (bucket by bucket, in id order) and of its feed (newest first).</summary>
public static class ClusterPager
{
    public static async Task<Connection<ClusterMemberInfo>> MembersAsync(IGrainFactory grains, string slug, int? first, string? after)
    {
        var size = PageSize.Of(first);
        var (bucket, afterId) = ParseMember(Cursor.Decode(after));
        var page = new List<(ClusterMemberInfo, string)>();
        for (; bucket < IseKeys.IndexBucketCount; bucket++, afterId = null)
        {
            var chunk = await grains.GetGrain<IClusterMembersGrain>(IseKeys.ClusterMembersBucket(slug, bucket)).GetPageAsync(afterId, size - page.Count + 1);
            foreach (var member in chunk.Members)
            {
                if (page.Count == size)
                {
                    return Pages.Of(page, hasNextPage: true, hasPreviousPage: after is not null);
                }

                page.Add((member, string.Create(CultureInfo.InvariantCulture, $"{bucket}:{member.SmeId}")));
            }
        }

        return Pages.Of(page, hasNextPage: false, hasPreviousPage: after is not null);
    }

    public static async Task<Connection<ClusterFeedItem>> FeedAsync(IClusterGrain cluster, int? first, string? after)
    {
        long? before = Cursor.Decode(after) is { } position
            ? long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : throw ApiError.Invalid("after", "The cursor does not belong to this list.")
            : null;
        var page = await cluster.GetFeedAsync(before, PageSize.Of(first));
        return Pages.Of([.. page.Items.Select(i => (i, i.Sequence.ToString(CultureInfo.InvariantCulture)))], page.HasOlder, before is not null, (int)Math.Min(int.MaxValue, page.Total));
    }

    private static (int Bucket, string? SmeId) ParseMember(string? position)
    {
        if (position is null)
        {
            return (0, null);
        }

        var parts = position.Split(':', 2);
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bucket) && bucket < IseKeys.IndexBucketCount
            ? (bucket, parts[1])
            : throw ApiError.Invalid("after", "The cursor does not belong to this list.");
    }
}
