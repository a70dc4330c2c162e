using Npgsql;

namespace Ise.Bench;

/// <summary>What PostgreSQL's statistics say: rows written, WAL bytes, the database's size.</summary>
public sealed class PostgresProbe(string connectionString)
{
    public Task<long> RowsWrittenAsync() =>
        ScalarAsync("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint FROM pg_stat_user_tables");

    public Task<long> WalBytesAsync() =>
        ScalarAsync("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint");

    public Task<long> DatabaseBytesAsync() =>
        ScalarAsync("SELECT pg_database_size(current_database())::bigint");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
