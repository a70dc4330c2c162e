namespace Ise.Gateway.GraphQL.Connections;

/// <summary>
/// Fills a page from candidates read in list order, keeping those a filter accepts: as many candidates as the
/// page can still take, plus one to know whether more follow, are checked together; none beyond that.
/// </summary>
public sealed class PageFill<T>(int size, Func<T, Task<bool>> include, Func<T, string> member, Func<T, string> position)
{
    public List<(string Member, string Position)> Page { get; } = [];

    /// <summary>Checks <paramref name="candidates"/> in order; true once the page is full and another candidate was accepted (more follow).</summary>
    public async Task<bool> TakeAsync(IReadOnlyList<T> candidates)
    {
        for (var next = 0; next < candidates.Count;)
        {
            var batch = candidates.Skip(next).Take(size - Page.Count + 1).ToList();
            var included = await Task.WhenAll(batch.Select(include));
            for (var i = 0; i < batch.Count; i++, next++)
            {
                if (!included[i])
                {
                    continue;
                }

                if (Page.Count == size)
                {
                    return true;
                }

                Page.Add((member(batch[i]), position(batch[i])));
            }
        }

        return false;
    }
}
