using Npgsql;
using NpgsqlTypes;

namespace Ise.Indexes;

/// <summary>
/// Index lists in PostgreSQL (table of migration 0007): a delivery is one multi-row upsert guarded
/// by version (<c>INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE … WHERE older</c>); a page is
/// one range read of the primary key, with the list's size.
/// </summary>
public sealed class PostgresIndexMemberStore(NpgsqlDataSource dataSource) : IIndexMemberStore
{
    public async Task ApplyAsync(IReadOnlyList<IndexMemberChange> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0)
        {
            return;
        }

        // One statement cannot touch a row twice: the newest change of each member of a list decides.
        var newest = changes.GroupBy(c => (c.List, c.Member)).Select(g => g.MaxBy(c => c.Version)!).ToList();
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
        await command.ExecuteNonQueryAsync(cancellationToken);
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
}
