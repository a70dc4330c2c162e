using Ise.Grains.Tests.Journal;
using Ise.Indexes;

namespace Ise.Grains.Tests.Indexes;

/// <summary>The index list contract against PostgreSQL (the server <c>./test.sh</c> starts), on a database migrated as a silo does.</summary>
public sealed class PostgresIndexMemberStoreTests(PostgresJournalStoreTests.Database database)
    : IndexMemberStoreContract, IClassFixture<PostgresJournalStoreTests.Database>
{
    protected override IIndexMemberStore Store { get; } = new PostgresIndexMemberStore(database.DataSource);
}
