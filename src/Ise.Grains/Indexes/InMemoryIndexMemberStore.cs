namespace Ise.Indexes;

/// <summary>The index lists of embedded mode and grain tests: the rule of <see cref="IIndexMemberStore"/> on sorted dictionaries.</summary>
public sealed class InMemoryIndexMemberStore : IIndexMemberStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SortedDictionary<string, (long Version, bool Present)>> _lists = new(StringComparer.Ordinal);

    public Task ApplyAsync(IReadOnlyList<IndexMemberChange> changes, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var change in changes)
            {
                if (!_lists.TryGetValue(change.List, out var list))
                {
                    _lists[change.List] = list = new SortedDictionary<string, (long, bool)>(StringComparer.Ordinal);
                }

                if (!list.TryGetValue(change.Member, out var row) || row.Version < change.Version)
                {
                    list[change.Member] = (change.Version, change.Present);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<IndexPage> PageAsync(string list, string? after, int first, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_lists.TryGetValue(list, out var rows))
            {
                return Task.FromResult(new IndexPage([], false, 0));
            }

            var members = rows.Where(r => r.Value.Present).Select(r => r.Key).ToList();
            var start = 0;
            if (after is not null)
            {
                var at = members.BinarySearch(after, StringComparer.Ordinal);
                start = at >= 0 ? at + 1 : ~at;
            }

            var page = members.Skip(start).Take(first).ToList();
            return Task.FromResult(new IndexPage(page, start + page.Count < members.Count, members.Count));
        }
    }
}
