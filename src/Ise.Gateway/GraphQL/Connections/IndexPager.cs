using System.Globalization;
using Ise.Gateway.GraphQL.Errors;
using Ise.Indexes;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>
/// Pages through index lists (one or more, each spread over its buckets) in a stable order, keeping
/// members a filter accepts. Positions are <c>source:bucket:member</c>, so a cursor resumes exactly.
/// Lists come from the index grains only: nothing here reads every SME or event.
/// </summary>
public sealed class IndexPager(IGrainFactory grains)
{
    private const int BucketPage = 200;

    public async Task<(List<(string Member, string Position)> Page, bool HasMore)> PageAsync(
        IReadOnlyList<IndexEntry> sources, int size, string? after, Func<string, Task<bool>> include)
    {
        var (source, bucket, afterMember) = Parse(Cursor.Decode(after), sources.Count);
        // Positions are taken while a bucket's members are checked, so they name the source and bucket being read.
        var fill = new PageFill<string>(size, include, m => m, m => string.Create(CultureInfo.InvariantCulture, $"{source}:{bucket}:{m}"));
        for (; source < sources.Count; source++, bucket = 0, afterMember = null)
        {
            for (; bucket < IseKeys.IndexBucketCount; bucket++, afterMember = null)
            {
                var grain = grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(sources[source].Index, sources[source].Value, bucket));
                while (true)
                {
                    var chunk = await grain.GetPageAsync(afterMember, BucketPage);
                    if (await fill.TakeAsync(chunk.Members))
                    {
                        return (fill.Page, true);
                    }

                    if (!chunk.HasMore)
                    {
                        break;
                    }

                    afterMember = chunk.Members[^1];
                }
            }
        }

        return (fill.Page, false);
    }

    private static (int Source, int Bucket, string? Member) Parse(string? position, int sources)
    {
        if (position is null)
        {
            return (0, 0, null);
        }

        var parts = position.Split(':', 3);
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var source) && source < sources
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var bucket) && bucket < IseKeys.IndexBucketCount
            ? (source, bucket, parts[2])
            : throw ApiError.Invalid("after", "The cursor does not belong to this list.");
    }
}
