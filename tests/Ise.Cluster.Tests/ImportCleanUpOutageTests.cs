using Ise.Imports;
using Ise.Testing;
using Npgsql;

namespace Ise.Cluster.Tests;

/// <summary>
/// An import's chunk rows are cleared once the job has stored its progress. Here that clear meets an
/// outage: a trigger holds the clear of the chunk row (at an advisory lock the test holds) until the
/// relay is cut and the clearing connection is ended, so the job is complete and stored while its chunk
/// row is not cleared. The job tries the clear again until the database is back, and then it succeeds.
/// </summary>
public sealed class ImportCleanUpOutageTests
{
    private const int Gate = 2207;
    private static readonly TimeSpan s_recovery = TimeSpan.FromSeconds(90);

    private static readonly string s_holdChunkClears = $"""
        CREATE FUNCTION test_hold_chunk_clear() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({Gate});
            RETURN NEW;
        END $$;
        CREATE TRIGGER test_hold_chunk_clear BEFORE UPDATE ON orleansstorage FOR EACH ROW
            WHEN (NEW.payloadbinary IS NULL AND OLD.graintypestring LIKE '%import-chunk%')
            EXECUTE FUNCTION test_hold_chunk_clear();
        SELECT pg_advisory_lock({Gate});
        """;

    private static readonly string s_waitingAtTheGate = $"""
        SELECT pid FROM pg_locks
         WHERE locktype = 'advisory' AND objid = {Gate} AND NOT granted
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        """;

    [Fact]
    public async Task Chunks_whose_clean_up_met_an_outage_are_cleared_once_the_database_is_back()
    {
        var database = await TestPostgres.CreateDatabaseAsync("outage_chunks");
        await using var proxy = PostgresProxy.Start(database);
        await using var silo = await InProcessSilo.StartAsync(proxy.ConnectionString, "chunks-" + Guid.NewGuid().ToString("N")[..8]);
        await using var test = new NpgsqlConnection(database);
        await test.OpenAsync();
        await ExecuteAsync(test, s_holdChunkClears);
        var smes = Enumerable.Range(0, 12).Select(_ => SmeRegistrationPlan.Fresh()).ToList();

        var job = silo.Grains.GetGrain<IImportJobGrain>(IseKeys.NewImportJob());
        await job.StartAsync(SmeRegistrationPlan.ImportRequest("clean-up.csv"), SmeRegistrationPlan.ImportRows(smes));

        // The rows are applied and the job stored complete; its clear of the chunk waits at the gate. Then the database goes away.
        await Eventually.TrueAsync(async () => await ScalarAsync(test, $"SELECT count(*) FROM ({s_waitingAtTheGate}) w") > 0,
            TimeSpan.FromSeconds(60), "the clear of the chunk waits at the gate");
        proxy.Cut();
        await ExecuteAsync(test, $"SELECT pg_terminate_backend(pid) FROM ({s_waitingAtTheGate}) w");
        await ExecuteAsync(test, $"DROP TRIGGER test_hold_chunk_clear ON orleansstorage; SELECT pg_advisory_unlock({Gate})");
        await Task.Delay(TimeSpan.FromSeconds(5));

        var whileAway = (await job.FindAsync())!;
        Assert.Equal((ImportJobStatus.Completed, smes.Count, 0), (whileAway.Status, whileAway.Accepted + whileAway.Unchanged, whileAway.Rejected));
        Assert.Equal(1, await StoredChunksAsync(test));

        proxy.Restore();
        await Eventually.TrueAsync(async () => await StoredChunksAsync(test) == 0, s_recovery, "the chunk row is cleared once the database is back");
    }

    /// <summary>Chunk rows that still hold rows (a cleared row keeps its key with no payload).</summary>
    private static Task<long> StoredChunksAsync(NpgsqlConnection connection) =>
        ScalarAsync(connection, "SELECT count(*) FROM orleansstorage WHERE graintypestring LIKE '%import-chunk%' AND payloadbinary IS NOT NULL");

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
