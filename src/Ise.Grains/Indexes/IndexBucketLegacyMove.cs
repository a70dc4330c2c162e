using System.Text.Json;
using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Indexes;

/// <summary>
/// Turns index buckets stored whole (state name "index") into rows of their lists: each member as of
/// the last sequence the bucket applied from it (every sender was a member of its own lists), and a
/// tombstone for each sender that had left, so a change of it still undelivered applies once and an
/// older one stays out.
/// </summary>
internal sealed class IndexBucketLegacyMove(IIndexMemberStore store, IOptions<SystemTextJsonGrainStorageSerializerOptions> options) : ILegacyStateMove
{
    private readonly JsonSerializerOptions _json = options.Value.JsonSerializerOptions;

    public string StateName => "index";

    public string GrainType => "index";

    public Task MoveAsync(IReadOnlyList<(string Key, byte[] State)> rows, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.ApplyAsync([.. rows.SelectMany(r => Rows(r.Key, r.State))], cancellationToken);

    private IEnumerable<IndexMemberChange> Rows(string list, byte[] state)
    {
        var legacy = JsonSerializer.Deserialize<LegacyIndexBucketState>(state, _json)
            ?? throw new JournalFormatException($"The stored index bucket {list} is empty.");
        var members = legacy.Members.ToHashSet(StringComparer.Ordinal);
        foreach (var member in legacy.Members)
        {
            yield return new IndexMemberChange(list, member, legacy.Inbox.AppliedThrough.GetValueOrDefault(member), Present: true);
        }

        foreach (var (sender, through) in legacy.Inbox.AppliedThrough.Where(s => !members.Contains(s.Key)))
        {
            yield return new IndexMemberChange(list, sender, through, Present: false);
        }
    }
}
