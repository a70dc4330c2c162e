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
