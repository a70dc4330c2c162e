using Npgsql;

namespace Ise.Bench;

/// <summary>
/// The outbox as the journal read forward: how many committed batches of every writer are past the
/// cursor its effects were delivered through (stored every second by the delivering silo).
/// </summary>
public sealed class OutboxProbe(string database)
{
    private const string Undelivered = """
        SELECT coalesce(sum(greatest(0, coalesce((SELECT max(j.batch) FROM ise_journal j WHERE j.writer = w.writer), 0) - w.delivered)), 0)
        FROM ise_writer w
        """;

    public async Task<long> UndeliveredBatchesAsync()
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Undelivered, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<long> JournalRowsAsync()
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM ise_journal", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
