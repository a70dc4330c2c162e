using GraphQL.Types.Relay.DataObjects;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>Builds Relay connections from a page of nodes with their positions.</summary>
public static class Pages
{
    public static Connection<T> Of<T>(IReadOnlyList<(T Node, string Position)> page, bool hasNextPage, bool hasPreviousPage, int? totalCount = null)
    {
        var edges = page.Select(p => new Edge<T> { Node = p.Node, Cursor = Cursor.Encode(p.Position) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = hasNextPage,
                HasPreviousPage = hasPreviousPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>A page of an in-memory list (bounded lists such as one SME's journey); positions are offsets.</summary>
    public static Connection<T> OfList<T>(IReadOnlyList<T> items, int? first, string? after)
    {
        var size = PageSize.Of(first);
        var start = 0;
        if (Cursor.Decode(after) is { } position)
        {
            start = int.TryParse(position, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset)
                ? offset + 1
                : throw Errors.ApiError.Invalid("after", $"'{after}' is not a cursor of this list.");
        }

        var page = items.Skip(start).Take(size)
            .Select((item, i) => (item, (start + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return Of(page, start + page.Count < items.Count, start > 0, items.Count);
    }
}
