using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ise.Journal;

/// <summary>
/// The one upgrade of stored data to the journal, eager and explicit: when a cluster-mode silo
/// starts (after its writer, before any grain can activate), under an advisory lock, every
/// whole-state row of a grain type that has moved to the journal is appended through the writer as
/// the first event of the grain's stream (or, for index buckets, turned into rows of their lists),
/// then moved to <c>ise_storage_archive</c> (never deleted, so a failed upgrade can be rolled back),
/// and the type's outbox reminders are removed (its other reminders, such as an SME's retention check, stay). A run cut short is simply run again: the appends
/// carry fixed event ids (a repeat is recognised), list rows are guarded by version, and only rows
/// still in place are read. The effects the rows' outboxes held are delivered from the journal
/// under their original sender and sequence. The upgrade is not rolling: every silo of the earlier
/// build must be stopped first.
/// </summary>
internal sealed partial class LegacyStateMigration(
    JournalDataSource dataSource,
    JournalWriter writer,
    IEnumerable<ILegacyStateConverter> converters,
    IEnumerable<ILegacyStateMove> moves,
    TimeProvider time,
    ILogger<LegacyStateMigration> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    // An arbitrary constant that names "moving whole-state rows into the journal" among advisory locks.
    private const long LockKey = 0x15E_0002;
    private const int RowsAtOnce = 500;

    /// <summary>The name of the reminders that woke outboxes (and, with a suffix, their channels); a grain's other reminders stay.</summary>
    private const string OutboxReminder = "outbox";

    /// <summary>The event id of a stream's migrated first event: fixed, so a repeated run is a resubmission.</summary>
    public static Guid EventIdOf(string stream) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"ise-migrated|{stream}")).AsSpan(0, 16));

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LegacyStateMigration), ServiceLifecycleStage.RuntimeGrainServices, MigrateAsync);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Value.OpenConnectionAsync(cancellationToken);
        // Waits as long as another silo's move takes: no command timeout on the lock.
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection) { CommandTimeout = 0 })
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            foreach (var move in converters.Select(c => new JournalAppendMove(c, writer)).Concat(moves))
            {
                var moved = await MoveAsync(connection, move, cancellationToken);
                if (moved > 0)
                {
                    await ExecuteAsync(connection, "DELETE FROM orleansreminderstable WHERE grainid LIKE $1 AND (remindername = $2 OR remindername LIKE $3)",
                        cancellationToken, $"{move.GrainType}/%", OutboxReminder, OutboxReminder + "-%");
                    LogMoved(moved, move.StateName);
                }
            }
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private async Task<int> MoveAsync(NpgsqlConnection connection, ILegacyStateMove move, CancellationToken cancellationToken)
    {
        var moved = 0;
        while (true)
        {
            var rows = await ReadAsync(connection, move.StateName, cancellationToken);
            if (rows.Count == 0)
            {
                return moved;
            }

            try
            {
                await move.MoveAsync([.. rows.Where(r => r.State is not null).Select(r => (r.Key, r.State!))], time.GetUtcNow(), cancellationToken);
            }
            catch (Exception ex) when (ex is JournalWriteException or NpgsqlException)
            {
                throw new InvalidOperationException(
                    $"Moving the stored {move.StateName} states failed ({ex.Message}); nothing of the failed rows was archived. Start the silo again once the cause is fixed.", ex);
            }

            await ExecuteAsync(connection, """
                WITH moved AS (
                    DELETE FROM orleansstorage WHERE graintypestring = $1 AND grainidextensionstring = ANY($2) RETURNING *)
                INSERT INTO ise_storage_archive SELECT * FROM moved
                """, cancellationToken, move.StateName, rows.Select(r => r.Key).ToArray());
            moved += rows.Count;
        }
    }

    private static async Task<List<(string Key, byte[]? State)>> ReadAsync(NpgsqlConnection connection, string stateName, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT grainidextensionstring, payloadbinary FROM orleansstorage WHERE graintypestring = $1 ORDER BY grainidextensionstring LIMIT $2", connection);
        command.Parameters.Add(new() { Value = stateName });
        command.Parameters.Add(new() { Value = RowsAtOnce });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, byte[]?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new() { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Rows} stored {StateName} states into the journal or its lists (the rows are kept in ise_storage_archive)")]
    private partial void LogMoved(int rows, string stateName);
}
