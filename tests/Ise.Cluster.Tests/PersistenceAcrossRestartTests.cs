using Ise.Testing;

namespace Ise.Cluster.Tests;

public sealed class PersistenceAcrossRestartTests
{
    [Fact]
    public async Task Grain_state_written_by_one_silo_is_read_back_by_a_new_silo_after_it_stopped()
    {
        var database = await TestPostgres.CreateDatabaseAsync("restart");
        var key = Guid.NewGuid().ToString("N");

        await using (var first = await InProcessSilo.StartAsync(database))
        {
            await first.Grains.GetGrain<IProbeGrain>(key).SetAsync("written by the first silo");
        }

        await using var second = await InProcessSilo.StartAsync(database);
        Assert.Equal("written by the first silo", await second.Grains.GetGrain<IProbeGrain>(key).GetAsync());
    }
}
