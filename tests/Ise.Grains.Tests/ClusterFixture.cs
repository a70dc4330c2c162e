using Ise.Hosting;
using Ise.Grains.Tests.Journal;
using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Ise.Grains.Tests;

/// <summary>
/// One in-process Orleans test cluster for the whole assembly, with the platform's grain services;
/// its journal is the in-memory one, with a hand on its commits (<see cref="ControlledJournalStore"/>).
/// </summary>
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
            .UseInMemoryReminderService()
            .ConfigureServices(services => services.AddSingleton<IJournalStore, ControlledJournalStore>())
            .AddIseInMemoryJournal());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
