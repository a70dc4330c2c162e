using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace Ise.Cluster.Tests;

/// <summary>
/// Our hand-written PostgreSQL scripts against what the Orleans ADO.NET providers expect of them:
/// optimistic concurrency on grain state and membership, and reminder ranges over the whole ring.
/// </summary>
public sealed class SqlConformanceTests(ClusterSiloFixture fixture) : IClassFixture<ClusterSiloFixture>
{
    private IServiceProvider Services => fixture.Silo.Services;

    [Fact]
    public async Task A_write_with_a_stale_etag_raises_InconsistentStateException_and_changes_nothing()
    {
        var storage = Services.GetRequiredKeyedService<IGrainStorage>(IseKeys.StorageName);
        var grainId = GrainId.Create("probe", Guid.NewGuid().ToString("N"));

        var first = new GrainState<ProbeState>(new ProbeState { Value = "first" });
        await storage.WriteStateAsync("probe", grainId, first);
        var staleEtag = first.ETag;
        first.State!.Value = "second";
        await storage.WriteStateAsync("probe", grainId, first);

        var stale = new GrainState<ProbeState>(new ProbeState { Value = "stale" }) { ETag = staleEtag };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("probe", grainId, stale));

        var read = new GrainState<ProbeState>();
        await storage.ReadStateAsync("probe", grainId, read);
        Assert.Equal("second", read.State!.Value);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task A_first_write_when_a_row_already_exists_is_refused()
    {
        var storage = Services.GetRequiredKeyedService<IGrainStorage>(IseKeys.StorageName);
        var grainId = GrainId.Create("probe", Guid.NewGuid().ToString("N"));
        await storage.WriteStateAsync("probe", grainId, new GrainState<ProbeState>(new ProbeState { Value = "exists" }));

        var blind = new GrainState<ProbeState>(new ProbeState { Value = "blind" });
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("probe", grainId, blind));
    }

    [Fact]
    public async Task Two_silos_inserting_into_membership_at_the_same_version_let_exactly_one_win()
    {
        var table = Services.GetRequiredService<IMembershipTable>();
        var before = await table.ReadAllAsync();
        var next = before.Version.Next();

        var results = await Task.WhenAll(
            Enumerable.Range(0, 2).Select(i => Task.Run(() => table.InsertRowAsync(FakeSilo(40000 + Random.Shared.Next(10000)), next))));

        Assert.Single(results, inserted => inserted);
        var after = await table.ReadAllAsync();
        Assert.Equal(before.Version.Version + 1, after.Version.Version);
        Assert.Equal(before.Members.Count + 1, after.Members.Count);
    }

    [Fact]
    public async Task An_update_with_a_stale_membership_etag_is_refused()
    {
        var table = Services.GetRequiredService<IMembershipTable>();
        var entry = FakeSilo(50000 + Random.Shared.Next(10000));
        var snapshot = await table.ReadAllAsync();
        Assert.True(await table.InsertRowAsync(entry, snapshot.Version.Next()));

        var current = await table.ReadRowAsync(entry.SiloAddress);
        var (row, etag) = Assert.Single(current.Members);
        row.Status = SiloStatus.Active;
        Assert.True(await table.UpdateRowAsync(row, etag, current.Version.Next()));

        row.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRowAsync(row, etag, current.Version.Next().Next()));
        var final = Assert.Single((await table.ReadRowAsync(entry.SiloAddress)).Members);
        Assert.Equal(SiloStatus.Active, final.Item1.Status);
    }

    [Fact]
    public async Task Reminders_are_found_across_the_whole_hash_range_including_wraparound()
    {
        var table = Services.GetRequiredService<IReminderTable>();
        var run = Guid.NewGuid().ToString("N")[..8];
        var grains = Enumerable.Range(0, 300).Select(i => GrainId.Create("probe", $"{run}-{i}")).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(new ReminderEntry
            {
                GrainId = grain,
                ReminderName = "tick-" + run,
                StartAt = DateTime.UtcNow,
                Period = TimeSpan.FromMinutes(1),
            });
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).OrderBy(h => h).ToList();
        uint At(double fraction) => hashes[(int)(fraction * (hashes.Count - 1))];
        (uint Begin, uint End)[] ranges =
        [
            (At(0.1), At(0.3)),                 // an ordinary range in the lower half
            (At(0.3), At(0.8)),                 // crosses 2^31, where the stored signed hash changes sign
            (At(0.8), At(0.2)),                 // wraps around zero
            (0x7FFF_FFFF, 0x8000_0000),         // the sign boundary itself
            (At(0.5), At(0.5)),                 // begin == end: the whole ring
        ];

        foreach (var (begin, end) in ranges)
        {
            var found = (await table.ReadRows(begin, end)).Reminders
                .Where(r => r.ReminderName == "tick-" + run)
                .Select(r => r.GrainId.GetUniformHashCode())
                .Order()
                .ToList();
            var expected = hashes.Where(h => InRange(h, begin, end)).ToList();
            Assert.True(expected.SequenceEqual(found), $"range ({begin:X8}, {end:X8}]: expected {expected.Count}, found {found.Count}");
        }
    }

    // The ring semantics Orleans assigns to (begin, end]: begin >= end wraps around zero.
    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static MembershipEntry FakeSilo(int port) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), Random.Shared.Next(1, int.MaxValue)),
        Status = SiloStatus.Joining,
        HostName = "conformance-test",
        SiloName = "fake-" + port,
        ProxyPort = 0,
        StartTime = DateTime.UtcNow,
        IAmAliveTime = DateTime.UtcNow,
    };
}
