using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Npgsql;
using NpgsqlTypes;

namespace Ise.Journal;

/// <summary>
/// The journal in PostgreSQL (tables of migration 0005). A batch is one transaction: the writer's
/// row is read <c>FOR SHARE</c> to check its epoch, all rows go in with one multi-row insert
/// (<c>INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING RETURNING</c>), rows left out are
/// classified (same event id: a resubmission, stored; another event: a stale activation, whose
/// stream's rows in this batch are taken out again), then the snapshots are upserted, guarded by
/// version. Activation reads snapshot and tail in one statement. Commits take their connection from
/// <c>commits</c> when given (the writer's own pool), so they never wait behind reads.
/// </summary>
public sealed class PostgresJournalStore(NpgsqlDataSource dataSource, NpgsqlDataSource? commits = null) : IJournalStore
{
    private const string RowColumns = "stream, version, event_id, kind, subject, payload, format, at";

    /// <summary>The transaction of each batch whose COMMIT failed without an answer, until its outcome is known.</summary>
    private readonly ConcurrentDictionary<(string Writer, long Batch), long> _uncertainCommits = new();

    public async Task<WriterLease> RegisterWriterAsync(string writer, string silo, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO ise_writer (writer, silo, epoch, owner) VALUES ($1, $2, 1, $2) ON CONFLICT (writer) DO NOTHING");
        command.Parameters.Add(new() { Value = writer });
        command.Parameters.Add(new() { Value = silo });
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Writer '{writer}' is already registered: a writer id names one silo incarnation.");
        }

        return new WriterLease(writer, silo, 1);
    }

    public async Task<WriterLease?> ClaimWriterAsync(string writer, string deadOwner, string claimer, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE ise_writer SET owner = $3, epoch = epoch + 1 WHERE writer = $1 AND owner = $2 AND NOT retired RETURNING epoch");
        command.Parameters.Add(new() { Value = writer });
        command.Parameters.Add(new() { Value = deadOwner });
        command.Parameters.Add(new() { Value = claimer });
        return await command.ExecuteScalarAsync(cancellationToken) is long epoch ? new WriterLease(writer, claimer, epoch) : null;
    }

    public async Task<IReadOnlyList<WriterRecord>> ReadWritersAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT writer, silo, owner, epoch, delivered FROM ise_writer WHERE NOT retired ORDER BY writer");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var writers = new List<WriterRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            writers.Add(new WriterRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), false));
        }

        return writers;
    }

    public async Task<JournalCommitResult> CommitAsync(JournalBatch batch, CancellationToken cancellationToken = default)
    {
        var rows = batch.Appends.SelectMany(a => a.Rows).ToList();
        await using var connection = await (commits ?? dataSource).OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var inserted = new HashSet<(string Stream, long Version)>();
        long transactionId;
        await using (var insert = new NpgsqlBatch(connection, transaction))
        {
            insert.BatchCommands.Add(Command("SELECT epoch, retired, txid_current() FROM ise_writer WHERE writer = $1 FOR SHARE", batch.Lease.Writer));
            insert.BatchCommands.Add(InsertRows(rows, batch.Lease.Writer, batch.Number));
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || reader.GetInt64(0) != batch.Lease.Epoch || reader.GetBoolean(1))
            {
                // Disposing the transaction unread rolls back whatever the insert did.
                throw JournalLeases.Fenced(batch.Lease);
            }

            transactionId = reader.GetInt64(2);
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        var conflicted = new HashSet<string>(StringComparer.Ordinal);
        var resubmitted = new HashSet<Guid>();
        var leftOut = rows.Where(r => !inserted.Contains((r.Stream, r.Version))).ToList();
        if (leftOut.Count > 0)
        {
            var stored = await ReadEventIdsAsync(connection, transaction, leftOut, cancellationToken);
            foreach (var row in leftOut)
            {
                if (stored.TryGetValue((row.Stream, row.Version), out var eventId) && eventId == row.EventId)
                {
                    resubmitted.Add(row.EventId);
                }
                else
                {
                    conflicted.Add(row.Stream);
                }
            }
        }

        var insertedCount = inserted.Count;
        await using (var finish = new NpgsqlBatch(connection, transaction))
        {
            if (conflicted.Count > 0)
            {
                finish.BatchCommands.Add(Command(
                    "DELETE FROM ise_journal WHERE writer = $1 AND batch = $2 AND stream = ANY($3)", batch.Lease.Writer, batch.Number, conflicted.ToArray()));
                insertedCount -= inserted.Count(key => conflicted.Contains(key.Stream));
            }

            var snapshots = LatestSnapshots(batch.Appends.Where(a => !conflicted.Contains(a.Stream)));
            if (snapshots.Count > 0)
            {
                finish.BatchCommands.Add(UpsertSnapshots(snapshots));
            }

            if (finish.BatchCommands.Count > 0)
            {
                await finish.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The COMMIT may have been carried out even though its answer never came: the dispatcher asks later.
            _uncertainCommits[(batch.Lease.Writer, batch.Number)] = transactionId;
            throw;
        }

        return new JournalCommitResult(conflicted, insertedCount, resubmitted);
    }

    public async Task<BatchOutcome> FindOutcomeAsync(WriterLease lease, long batch, CancellationToken cancellationToken = default)
    {
        if (!_uncertainCommits.TryGetValue((lease.Writer, batch), out var transactionId))
        {
            // Failed before COMMIT was sent (rolled back), or committed by a silo that is gone: its rows tell.
            return await BatchHasRowsAsync(lease.Writer, batch, cancellationToken) ? BatchOutcome.Committed : BatchOutcome.NotCommitted;
        }

        var outcome = await TransactionOutcomeAsync(transactionId, cancellationToken)
            ?? (await BatchHasRowsAsync(lease.Writer, batch, cancellationToken) ? BatchOutcome.Committed : BatchOutcome.NotCommitted);
        if (outcome != BatchOutcome.Undecided)
        {
            _uncertainCommits.TryRemove((lease.Writer, batch), out _);
        }

        return outcome;
    }

    /// <summary>What the server says of a transaction (<c>txid_status</c>); null when it no longer knows (too old).</summary>
    internal async Task<BatchOutcome?> TransactionOutcomeAsync(long transactionId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT txid_status($1)");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = transactionId });
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            "committed" => BatchOutcome.Committed,
            "aborted" => BatchOutcome.NotCommitted,
            "in progress" => BatchOutcome.Undecided,
            _ => null,
        };
    }

    private async Task<bool> BatchHasRowsAsync(string writer, long batch, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM ise_journal WHERE writer = $1 AND batch = $2)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = writer });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = batch });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<JournalStream> ReadStreamAsync(string stream, CancellationToken cancellationToken = default)
    {
        // One statement, so snapshot and tail come from one view of the table.
        await using var command = dataSource.CreateCommand($"""
            WITH s AS (SELECT version, format, payload FROM ise_snapshot WHERE stream = $1)
            SELECT true, $1, s.version, NULL::uuid, NULL::text, NULL::text, s.payload, s.format, NULL::timestamptz FROM s
            UNION ALL
            SELECT false, {RowColumns} FROM ise_journal
            WHERE stream = $1 AND version > COALESCE((SELECT version FROM s), 0)
            ORDER BY 1 DESC, 3
            """);
        command.Parameters.Add(new() { Value = stream });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        JournalSnapshot? snapshot = null;
        var tail = new List<JournalRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetBoolean(0))
            {
                snapshot = new JournalSnapshot(stream, reader.GetInt64(2), reader.GetInt16(7), reader.GetFieldValue<byte[]>(6));
            }
            else
            {
                tail.Add(ReadRow(reader, offset: 1));
            }
        }

        return new JournalStream(stream, snapshot, tail);
    }

    public async Task<IReadOnlyList<JournalRow>> ReadSubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {RowColumns} FROM ise_journal WHERE subject = $1 ORDER BY at, stream, version");
        command.Parameters.Add(new() { Value = subject });
        return await ReadRowsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<JournalBatchRows>> ReadBatchesAsync(string writer, long afterBatch, int maxBatches, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT batch, {RowColumns} FROM ise_journal
            WHERE writer = $1 AND batch IN (
                SELECT DISTINCT batch FROM ise_journal WHERE writer = $1 AND batch > $2 ORDER BY batch LIMIT $3)
            ORDER BY batch, stream, version
            """);
        command.Parameters.Add(new() { Value = writer });
        command.Parameters.Add(new() { Value = afterBatch });
        command.Parameters.Add(new() { Value = maxBatches });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var batches = new List<JournalBatchRows>();
        List<JournalRow>? rows = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var number = reader.GetInt64(0);
            if (batches.Count == 0 || batches[^1].Number != number)
            {
                rows = [];
                batches.Add(new JournalBatchRows(number, rows));
            }

            rows!.Add(ReadRow(reader, offset: 1));
        }

        return batches;
    }

    public async Task MarkDeliveredAsync(WriterLease lease, long batch, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE ise_writer SET delivered = GREATEST(delivered, $3) WHERE writer = $1 AND epoch = $2 AND NOT retired");
        command.Parameters.Add(new() { Value = lease.Writer });
        command.Parameters.Add(new() { Value = lease.Epoch });
        command.Parameters.Add(new() { Value = batch });
        await ExecuteUnderLeaseAsync(command, lease, cancellationToken);
    }

    public async Task RetireWriterAsync(WriterLease lease, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE ise_writer SET retired = true WHERE writer = $1 AND epoch = $2 AND NOT retired");
        command.Parameters.Add(new() { Value = lease.Writer });
        command.Parameters.Add(new() { Value = lease.Epoch });
        await ExecuteUnderLeaseAsync(command, lease, cancellationToken);
    }

    private static async Task ExecuteUnderLeaseAsync(NpgsqlCommand command, WriterLease lease, CancellationToken cancellationToken)
    {
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw JournalLeases.Fenced(lease);
        }
    }

    private static NpgsqlBatchCommand InsertRows(List<JournalRow> rows, string writer, long batch)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO ise_journal (stream, version, event_id, kind, subject, payload, format, writer, batch, at)
            SELECT u.stream, u.version, u.event_id, u.kind, u.subject, u.payload, u.format, $9, $10, u.at
            FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::text[], $6::bytea[], $7::smallint[], $8::timestamptz[])
                AS u(stream, version, event_id, kind, subject, payload, format, at)
            ON CONFLICT DO NOTHING
            RETURNING stream, version
            """);
        command.Parameters.Add(new() { Value = rows.Select(r => r.Stream).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.Version).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.EventId).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.Kind).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.Subject).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = rows.Select(r => Bytes(r.Payload)).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.Format).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.At.ToUniversalTime()).ToArray() });
        command.Parameters.Add(new() { Value = writer });
        command.Parameters.Add(new() { Value = batch });
        return command;
    }

    private static async Task<Dictionary<(string Stream, long Version), Guid>> ReadEventIdsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<JournalRow> rows, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT j.stream, j.version, j.event_id FROM ise_journal j
            JOIN unnest($1::text[], $2::bigint[]) AS u(stream, version) ON j.stream = u.stream AND j.version = u.version
            """, connection, transaction);
        command.Parameters.Add(new() { Value = rows.Select(r => r.Stream).ToArray() });
        command.Parameters.Add(new() { Value = rows.Select(r => r.Version).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new Dictionary<(string, long), Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[(reader.GetString(0), reader.GetInt64(1))] = reader.GetGuid(2);
        }

        return stored;
    }

    /// <summary>One snapshot per stream (the newest), since one upsert may not touch a row twice.</summary>
    private static List<JournalSnapshot> LatestSnapshots(IEnumerable<JournalAppend> appends) =>
        [.. appends.Select(a => a.Snapshot).OfType<JournalSnapshot>()
            .GroupBy(s => s.Stream, StringComparer.Ordinal)
            .Select(g => g.MaxBy(s => s.Version)!)];

    private static NpgsqlBatchCommand UpsertSnapshots(List<JournalSnapshot> snapshots)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO ise_snapshot (stream, version, format, payload)
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::smallint[], $4::bytea[])
            ON CONFLICT (stream) DO UPDATE SET version = excluded.version, format = excluded.format, payload = excluded.payload
            WHERE ise_snapshot.version < excluded.version
            """);
        command.Parameters.Add(new() { Value = snapshots.Select(s => s.Stream).ToArray() });
        command.Parameters.Add(new() { Value = snapshots.Select(s => s.Version).ToArray() });
        command.Parameters.Add(new() { Value = snapshots.Select(s => s.Format).ToArray() });
        command.Parameters.Add(new() { Value = snapshots.Select(s => Bytes(s.Payload)).ToArray() });
        return command;
    }

    /// <summary>The payload's own array when it spans one whole (as serializers produce it), a copy only otherwise.</summary>
    private static byte[] Bytes(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value });
        }

        return command;
    }

    private static async Task<List<JournalRow>> ReadRowsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<JournalRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadRow(reader, offset: 0));
        }

        return rows;
    }

    private static JournalRow ReadRow(NpgsqlDataReader reader, int offset) => new(
        reader.GetString(offset),
        reader.GetInt64(offset + 1),
        reader.GetGuid(offset + 2),
        reader.GetString(offset + 3),
        reader.IsDBNull(offset + 4) ? null : reader.GetString(offset + 4),
        reader.GetFieldValue<byte[]>(offset + 5),
        reader.GetInt16(offset + 6),
        reader.GetFieldValue<DateTimeOffset>(offset + 7));
}
