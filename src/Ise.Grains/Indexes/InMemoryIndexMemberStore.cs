namespace Ise.Indexes;

/// <summary>The index lists of embedded mode and grain tests: the rule of <see cref="IIndexMemberStore"/> on sorted dictionaries.</summary>
public sealed class InMemoryIndexMemberStore : IIndexMemberStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SortedDictionary<string, (long Version, bool Present)>> _lists = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _listKeys = new(StringComparer.Ordinal);

    public Task ApplyAsync(IReadOnlyList<IndexMemberChange> changes, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var change in changes)
            {
                if (!_lists.TryGetValue(change.List, out var list))
                {
                    _lists[change.List] = list = new SortedDictionary<string, (long, bool)>(StringComparer.Ordinal);
                    _listKeys.Add(change.List);
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

    public Task<IndexRowPage> PageByListPrefixAsync(string listPrefix, IndexRow? after, int first, CancellationToken cancellationToken = default)
    {
        var end = ListPrefixRange.End(listPrefix);
        lock (_lock)
        {
            var page = new List<IndexRow>();
            var from = after is null || string.CompareOrdinal(after.List, listPrefix) < 0 ? listPrefix : after.List;
            if (string.CompareOrdinal(from, end) >= 0)
            {
                return Task.FromResult(new IndexRowPage([], HasMore: false));
            }

            foreach (var key in _listKeys.GetViewBetween(from, end).Where(k => !string.Equals(k, end, StringComparison.Ordinal)))
            {
                var skipThrough = after is not null && string.Equals(key, after.List, StringComparison.Ordinal) ? after.Member : null;
                foreach (var (member, row) in _lists[key])
                {
                    if (!row.Present || (skipThrough is not null && string.CompareOrdinal(member, skipThrough) <= 0))
                    {
                        continue;
                    }

                    if (page.Count == first)
                    {
                        return Task.FromResult(new IndexRowPage(page, HasMore: true));
                    }

                    page.Add(new IndexRow(key, member));
                }
            }

            return Task.FromResult(new IndexRowPage(page, HasMore: false));
        }
    }
}
