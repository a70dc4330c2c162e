using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Ise.Grains.Tests.Hosting;

/// <summary>The silo's grain-state serializer is the platform's: vocabulary strings are shared on read.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StorageSerializerTests(ClusterFixture fixture)
{
    [Fact]
    public void The_silo_reads_indicator_cells_of_two_states_as_one_instance()
    {
        var silo = (InProcessSiloHandle)fixture.Cluster.Silos[0];
        var serializer = silo.ServiceProvider.GetRequiredService<IGrainStorageSerializer>();
        var credit = new IndicatorCredit(Indicator.Attendances, "attendances#a", new DateOnly(2025, 3, 1),
            [IndicatorCells.Total, IndicatorCells.Partner("aditec")], "aditec", ActivityKind.TasterSession, "ev-1", "a");
        var stored = serializer.Serialize(new SmeIndicatorState { Credited = { [credit.Key] = credit } });

        var first = serializer.Deserialize<SmeIndicatorState>(stored)!.Credited[credit.Key];
        var second = serializer.Deserialize<SmeIndicatorState>(stored)!.Credited[credit.Key];

        Assert.True(first.SameAs(credit));
        Assert.Same(first.Cells[1], second.Cells[1]);
        Assert.Same(first.PartnerId, second.PartnerId);
    }
}
