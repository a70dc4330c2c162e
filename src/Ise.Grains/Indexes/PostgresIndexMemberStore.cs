using Npgsql;
using NpgsqlTypes;

namespace Ise.Indexes;

/// <summary>
/// Index lists in PostgreSQL (table of migration 0007): deliveries are stored by multi-row upserts guarded
/// by version (<c>INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE … WHERE older</c>), those of a whole
/// silo grouped, one upsert at a time; a page is one range read of the primary key, with the list's size.
/// </summary>
public sealed class PostgresIndexMemberStore(NpgsqlDataSource dataSource) : IIndexMemberStore
{
    private readonly Lock _lock = new();
    private List<(IReadOnlyList<IndexMemberChange> Changes, TaskCompletionSource Done)> _queued = [];
    private bool _writing;

    /// <summary>
    /// Queues the changes; one upsert at a time per silo stores whatever is queued when it starts (no added
    /// wait: a batch forms while the previous one is stored), so a storm of deliveries from many buckets
    /// holds one connection of the journal's pool, not one each. Answers once the upsert holding the changes
    /// has committed.
    /// </summary>
    public Task ApplyAsync(IReadOnlyList<IndexMemberChange> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _queued.Add((changes, done));
            if (_writing)
            {
                return done.Task;
            }

            _writing = true;
        }

        // Off the calling grain's scheduler: the loop serves every bucket of the silo.
        _ = Task.Run(WriteQueuedAsync, CancellationToken.None);
        return done.Task;
    }

    private async Task WriteQueuedAsync()
    {
        while (true)
        {
            List<(IReadOnlyList<IndexMemberChange> Changes, TaskCompletionSource Done)> batch;
            lock (_lock)
            {
                if (_queued.Count == 0)
                {
                    _writing = false;
                    return;
                }

                batch = _queued;
                _queued = [];
            }

            try
            {
                await UpsertAsync([.. batch.SelectMany(b => b.Changes)]);
                batch.ForEach(b => b.Done.SetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(b => b.Done.SetException(ex));
            }
        }
    }

    private async Task UpsertAsync(IReadOnlyList<IndexMemberChange> changes)
    {
        // One statement cannot touch a row twice: the newest change of each member of a list decides. Rows are
        // written in key order, so silos upserting the same rows at once lock them in the same order.
        var newest = changes.GroupBy(c => (c.List, c.Member)).Select(g => g.MaxBy(c => c.Version)!)
            .OrderBy(c => c.List, StringComparer.Ordinal).ThenBy(c => c.Member, StringComparer.Ordinal).ToList();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ise_index_member (list, member, member_version, deleted)
            SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::boolean[])
            ON CONFLICT (list, member) DO UPDATE
                SET member_version = excluded.member_version, deleted = excluded.deleted
                WHERE ise_index_member.member_version < excluded.member_version
            """);
        command.Parameters.Add(new() { Value = newest.Select(c => c.List).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = newest.Select(c => c.Member).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = newest.Select(c => c.Version).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = newest.Select(c => !c.Present).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IndexPage> PageAsync(string list, string? after, int first, CancellationToken cancellationToken = default)
    {
        await using var batch = dataSource.CreateBatch();
        var page = new NpgsqlBatchCommand("""
            SELECT member FROM ise_index_member
            WHERE list = $1 AND NOT deleted AND ($2::text IS NULL OR member > $2)
            ORDER BY member LIMIT $3
            """);
        page.Parameters.Add(new() { Value = list });
        page.Parameters.Add(new() { Value = (object?)after ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        page.Parameters.Add(new() { Value = first + 1 });
        var count = new NpgsqlBatchCommand("SELECT count(*) FROM ise_index_member WHERE list = $1 AND NOT deleted");
        count.Parameters.Add(new() { Value = list });
        batch.BatchCommands.Add(page);
        batch.BatchCommands.Add(count);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var members = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add(reader.GetString(0));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var size = checked((int)reader.GetInt64(0));
        var hasMore = members.Count > first;
        return new IndexPage(hasMore ? members[..first] : members, hasMore, size);
    }

    public async Task<IndexRowPage> PageByListPrefixAsync(string listPrefix, IndexRow? after, int first, CancellationToken cancellationToken = default)
    {
        // A range read of the primary key: from the prefix (or the row after which to go on) up to the end of the prefix's range.
        await using var command = dataSource.CreateCommand("""
            SELECT list, member FROM ise_index_member
            WHERE list >= $1 AND list < $2 AND ($3::text IS NULL OR (list, member) > ($3, $4)) AND NOT deleted
            ORDER BY list, member LIMIT $5
            """);
        command.Parameters.Add(new() { Value = listPrefix, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = ListPrefixRange.End(listPrefix), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)after?.List ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)after?.Member ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = first + 1 });

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<IndexRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new IndexRow(reader.GetString(0), reader.GetString(1)));
        }

        var hasMore = rows.Count > first;
        return new IndexRowPage(hasMore ? rows[..first] : rows, hasMore);
    }
}
