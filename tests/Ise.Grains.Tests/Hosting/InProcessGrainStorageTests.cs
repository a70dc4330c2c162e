using Ise.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Ise.Grains.Tests.Hosting;

/// <summary>Embedded mode's grain storage, with the platform's serializer, keeps the ADO.NET provider's optimistic-concurrency rule.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InProcessGrainStorageTests(ClusterFixture fixture)
{
    private readonly InProcessGrainStorage _storage = new(fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainStorageSerializer>());

    private static GrainId NewGrain() => GrainId.Create("probe", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_written_state_reads_back_as_a_copy_with_its_etag()
    {
        var grain = NewGrain();
        var written = new GrainState<Dictionary<string, int>>(new() { ["checkedIn"] = 3 });
        await _storage.WriteStateAsync("attendance", grain, written);
        written.State!["checkedIn"] = 99;

        var read = new GrainState<Dictionary<string, int>>();
        await _storage.ReadStateAsync("attendance", grain, read);

        Assert.Equal(3, read.State!["checkedIn"]);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var grain = NewGrain();
        var first = new GrainState<Dictionary<string, int>>(new() { ["n"] = 1 });
        await _storage.WriteStateAsync("s", grain, first);
        var stale = new GrainState<Dictionary<string, int>>(new() { ["n"] = 2 }) { ETag = first.ETag };
        first.State!["n"] = 3;
        await _storage.WriteStateAsync("s", grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("s", grain, stale));
        var blind = new GrainState<Dictionary<string, int>>(new() { ["n"] = 4 });
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("s", grain, blind));

        var read = new GrainState<Dictionary<string, int>>();
        await _storage.ReadStateAsync("s", grain, read);
        Assert.Equal(3, read.State!["n"]);
    }

    [Fact]
    public async Task A_cleared_state_reads_as_new_and_a_stale_clear_is_refused()
    {
        var grain = NewGrain();
        var state = new GrainState<Dictionary<string, int>>(new() { ["n"] = 1 });
        await _storage.WriteStateAsync("s", grain, state);
        var stale = new GrainState<Dictionary<string, int>>(new()) { ETag = "0" };

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync("s", grain, stale));
        await _storage.ClearStateAsync("s", grain, state);

        var read = new GrainState<Dictionary<string, int>>();
        await _storage.ReadStateAsync("s", grain, read);
        Assert.False(read.RecordExists);
        Assert.Empty(read.State!);
    }
}
