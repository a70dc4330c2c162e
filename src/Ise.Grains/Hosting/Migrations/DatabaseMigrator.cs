using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ise.Hosting.Migrations;

/// <summary>
/// Applies the project's versioned SQL migrations (embedded resources <c>NNNN_name.sql</c>) in order.
/// Each runs once, in its own transaction; the whole run holds a session advisory lock so silos
/// starting together take turns. The scripts are idempotent themselves, so a run interrupted between
/// a script and its record is harmless too.
/// </summary>
public sealed partial class DatabaseMigrator(PostgresOptions options, ILogger<DatabaseMigrator> logger)
{
    private const string ResourcePrefix = "Ise.Migrations.";

    // An arbitrary constant that names "the ISE schema migration" among advisory locks.
    private const long MigrationLockKey = 0x15E_0001;

    /// <summary>The migrations this build carries, ordered by version.</summary>
    public static IReadOnlyList<Migration> Available { get; } = LoadAvailable();

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgresPreflight.OpenAsync(options, cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({MigrationLockKey});", cancellationToken);
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS ise_schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """, cancellationToken);

        var applied = 0;
        foreach (var migration in Available)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var check = new NpgsqlCommand("SELECT 1 FROM ise_schema_migrations WHERE version = @v", connection, transaction))
            {
                check.Parameters.AddWithValue("v", migration.Version);
                if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    continue;
                }
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = new NpgsqlCommand("INSERT INTO ise_schema_migrations(version, name) VALUES (@v, @n)", connection, transaction))
            {
                record.Parameters.AddWithValue("v", migration.Version);
                record.Parameters.AddWithValue("n", migration.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogApplied(migration.Version, migration.Name);
            applied++;
        }

        // Closing the connection releases the lock too; say so explicitly for pooled connections.
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({MigrationLockKey});", cancellationToken);
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<Migration> LoadAvailable()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Migration.FromResource(name[ResourcePrefix.Length..^".sql".Length], Read(assembly, name)))
            .OrderBy(m => m.Version)];
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration resource '{resourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version} ({Name})")]
    private partial void LogApplied(int version, string name);
}
