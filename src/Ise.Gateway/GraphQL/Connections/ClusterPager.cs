using System.Globalization;
using GraphQL.Types.Relay.DataObjects;
using Ise.Clusters;
using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>Pages of a cluster's members (bucket by bucket, in id order, those the caller may see) and of its feed (newest first).</summary>
public static class ClusterPager
{
    /// <summary>A page of the members <paramref name="include"/> accepts; members it refuses are skipped, never counted in the page.</summary>
    public static async Task<Connection<ClusterMemberInfo>> MembersAsync(
        IGrainFactory grains, string slug, int? first, string? after, Func<ClusterMemberInfo, Task<bool>> include)
    {
        var size = PageSize.Of(first);
        var (bucket, afterId) = ParseMember(Cursor.Decode(after));
        var page = new List<(ClusterMemberInfo, string)>();
        for (; bucket < IseKeys.IndexBucketCount; bucket++, afterId = null)
        {
            var members = grains.GetGrain<IClusterMembersGrain>(IseKeys.ClusterMembersBucket(slug, bucket));
            ClusterMembersPage chunk;
            do
            {
                // As many as the page can still take, plus one to know whether more follow.
                chunk = await members.GetPageAsync(afterId, size - page.Count + 1);
                var included = await Task.WhenAll(chunk.Members.Select(include));
                for (var i = 0; i < chunk.Members.Count; i++)
                {
                    afterId = chunk.Members[i].SmeId;
                    if (!included[i])
                    {
                        continue;
                    }

                    if (page.Count == size)
                    {
                        return Pages.Of(page, hasNextPage: true, hasPreviousPage: after is not null);
                    }

                    page.Add((chunk.Members[i], string.Create(CultureInfo.InvariantCulture, $"{bucket}:{afterId}")));
                }
            }
            while (chunk.HasMore);
        }

        return Pages.Of(page, hasNextPage: false, hasPreviousPage: after is not null);
    }

    public static async Task<Connection<ClusterFeedItem>> FeedAsync(IClusterGrain cluster, int? first, string? after, Func<IReadOnlyList<ClusterFeedItem>, Task<IReadOnlyList<ClusterFeedItem>>> visible)
    {
        long? before = Cursor.Decode(after) is { } position
            ? long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : throw ApiError.Invalid("after", "The cursor does not belong to this list.")
            : null;
        var page = await cluster.GetFeedAsync(before, PageSize.Of(first));
        var items = await visible(page.Items);
        return Pages.Of([.. items.Select(i => (i, i.Sequence.ToString(CultureInfo.InvariantCulture)))], page.HasOlder, before is not null, (int)Math.Min(int.MaxValue, page.Total));
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
