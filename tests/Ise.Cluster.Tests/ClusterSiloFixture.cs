using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>One cluster-mode silo on a database of its own, shared by the tests of a class.</summary>
public sealed class ClusterSiloFixture : IAsyncLifetime
{
    public InProcessSilo Silo { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("conformance");
        Silo = await InProcessSilo.StartAsync(ConnectionString);
    }

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}
