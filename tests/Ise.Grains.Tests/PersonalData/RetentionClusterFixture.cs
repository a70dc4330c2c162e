using Ise.Hosting;
using Ise.Journal;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Ise.Grains.Tests.PersonalData;

/// <summary>A test cluster of its own whose wall clock the retention tests move forward, without disturbing other tests.</summary>
public sealed class RetentionClusterFixture : IAsyncLifetime
{
    public ShiftedTimeProvider Time { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.AddIseGrainServices()
                .AddMemoryGrainStorage(IseKeys.StorageName)
                .UseInMemoryReminderService()
                .AddIseInMemoryJournal();
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
