using Ise.Hosting.Migrations;

namespace Ise.Grains.Tests.Hosting;

public sealed class MigrationTests
{
    [Fact]
    public void Migrations_are_numbered_without_gaps_from_one()
    {
        var versions = DatabaseMigrator.Available.Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.All(DatabaseMigrator.Available, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    [Theory]
    [InlineData("0007_add_things", 7, "add_things")]
    [InlineData("0010_x", 10, "x")]
    public void A_migration_name_gives_its_version_and_description(string stem, int version, string name)
    {
        var migration = Migration.FromResource(stem, "SELECT 1;");

        Assert.Equal(version, migration.Version);
        Assert.Equal(name, migration.Name);
    }

    [Theory]
    [InlineData("add_things")]
    [InlineData("x7_add")]
    [InlineData("_add")]
    public void A_badly_named_migration_is_refused(string stem)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Migration.FromResource(stem, "SELECT 1;"));

        Assert.Contains(stem, error.Message, StringComparison.Ordinal);
    }
}
