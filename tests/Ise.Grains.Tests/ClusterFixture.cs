using Ise.Hosting;
using Orleans.TestingHost;

namespace Ise.Grains.Tests;

/// <summary>One in-process Orleans test cluster for the whole assembly, with the platform's grain services.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) => silo
            .AddIseGrainServices()
            .AddMemoryGrainStorage(IseKeys.StorageName)
            .UseInMemoryReminderService());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
