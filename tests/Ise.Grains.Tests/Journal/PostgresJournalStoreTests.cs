using Ise.Hosting;
using Ise.Hosting.Migrations;
using Ise.Journal;
using Ise.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ise.Grains.Tests.Journal;

/// <summary>The journal contract against PostgreSQL (the server <c>./test.sh</c> starts), on a database migrated as a silo does.</summary>
public sealed class PostgresJournalStoreTests(PostgresJournalStoreTests.Database database)
    : JournalStoreContract, IClassFixture<PostgresJournalStoreTests.Database>
{
    protected override Task<IJournalStore> StoreAsync() => Task.FromResult<IJournalStore>(new PostgresJournalStore(database.DataSource));

    [Fact]
    public async Task The_server_says_whether_a_transaction_is_under_way_committed_or_rolled_back()
    {
        var store = new PostgresJournalStore(database.DataSource);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var committing = await connection.BeginTransactionAsync();
        var committed = await TransactionIdAsync(connection);
        var whileOpen = await store.TransactionOutcomeAsync(committed);
        await committing.CommitAsync();
        await using var rollingBack = await connection.BeginTransactionAsync();
        var rolledBack = await TransactionIdAsync(connection);
        await rollingBack.RollbackAsync();

        Assert.Equal(BatchOutcome.Undecided, whileOpen);
        Assert.Equal(BatchOutcome.Committed, await store.TransactionOutcomeAsync(committed));
        Assert.Equal(BatchOutcome.NotCommitted, await store.TransactionOutcomeAsync(rolledBack));
    }

    private static async Task<long> TransactionIdAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT txid_current()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>One migrated database for the class; every test uses fresh streams and writers.</summary>
    public sealed class Database : IAsyncLifetime
    {
        public NpgsqlDataSource DataSource { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var connectionString = await TestPostgres.CreateDatabaseAsync("journal");
            await new DatabaseMigrator(new PostgresOptions { ConnectionString = connectionString }, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
            DataSource = NpgsqlDataSource.Create(connectionString);
        }

        public async Task DisposeAsync() => await DataSource.DisposeAsync();
    }
}
