using Ise.Gateway.GraphQL.Errors;
using Ise.Indexes;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>
/// Pages through the name index (<see cref="IndexName.SmesByNameWord"/>) by the word a search reads it by: every
/// list of a word that begins with it, in (list, member) order, keeping the rows a filter accepts. A position
/// is the row itself (<c>words:list␊member</c>), so a cursor resumes exactly after it.
/// </summary>
public sealed class NameIndexPager(IGrainFactory grains)
{
    private const int ChunkSize = 200;
    private const string PositionKind = "words:";

    public async Task<(List<(string Member, string Position)> Page, bool HasMore)> PageAsync(
        SmeNameSearch search, int size, string? after, Func<IndexRow, Task<bool>> include)
    {
        var index = grains.GetGrain<IIndexPrefixGrain>(nameof(IndexName.SmesByNameWord));
        var fill = new PageFill<IndexRow>(size, include, r => r.Member, r => $"{PositionKind}{r.List}\n{r.Member}");
        var at = Parse(Cursor.Decode(after));
        while (true)
        {
            var chunk = await index.GetPageAsync(search.IndexedPrefix, at, ChunkSize);
            if (await fill.TakeAsync(chunk.Rows))
            {
                return (fill.Page, true);
            }

            if (!chunk.HasMore)
            {
                return (fill.Page, false);
            }

            at = chunk.Rows[^1];
        }
    }

    private static IndexRow? Parse(string? position)
    {
        if (position is null)
        {
            return null;
        }

        var parts = position.StartsWith(PositionKind, StringComparison.Ordinal) ? position[PositionKind.Length..].Split('\n') : [];
        return parts.Length == 2 ? new IndexRow(parts[0], parts[1]) : throw ApiError.Invalid("after", "The cursor does not belong to this list.");
    }
}
