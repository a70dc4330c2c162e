using Ise.Errors;
using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Grains.Tests.Journal;

/// <summary>The journaled grain base class in a test cluster over the in-memory journal: confirm, replay, snapshots, stale activations, unknown formats.</summary>
[Collection(ClusterCollection.Name)]
public sealed class JournaledGrainTests(ClusterFixture fixture)
{
    private IServiceProvider Silo => fixture.Cluster.Silos[0].ServiceProvider;

    private IJournalStore Store => Silo.GetRequiredService<IJournalStore>();

    private ITallyGrain NewTally() => fixture.Client.GetGrain<ITallyGrain>(Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Confirmed_events_are_one_row_each_and_are_replayed_after_deactivation()
    {
        var tally = NewTally();
        await tally.Add(3);
        await tally.Add(4);
        var before = await tally.Add(5);

        await tally.Deactivate();
        var after = await tally.Get();

        Assert.Equal(new TallyView(12, 3, 3), before);
        Assert.Equal(before, after);
        var stream = await Store.ReadStreamAsync(await tally.Stream());
        Assert.Null(stream.Snapshot);
        Assert.Equal([1L, 2L, 3L], stream.Tail.Select(r => r.Version));
        Assert.All(stream.Tail, r => Assert.Equal("ise.test.tally-added", r.Kind));
    }

    [Fact]
    public async Task A_snapshot_with_every_64_events_bounds_what_activation_replays()
    {
        var tally = NewTally();
        for (var i = 1; i <= 70; i++)
        {
            await tally.Add(i);
        }

        var stream = await Store.ReadStreamAsync(await tally.Stream());
        await tally.Deactivate();

        Assert.Equal(64, stream.Snapshot?.Version);
        Assert.Equal(6, stream.Tail.Count);
        Assert.Equal(new TallyView(70 * 71 / 2, 70, 70), await tally.Get());
    }

    [Fact]
    public async Task Events_about_another_entity_are_read_by_that_entity()
    {
        var subject = $"sme/{Guid.NewGuid():N}";
        await NewTally().Add(1, subject);
        await NewTally().Add(2, subject);
        await NewTally().Add(3);

        var rows = await Store.ReadSubjectAsync(subject);

        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task A_stale_activation_is_refused_as_unavailable_and_the_next_call_reads_the_journal_afresh()
    {
        var tally = NewTally();
        await tally.Add(1);
        var stream = await tally.Stream();

        // Another activation of the same grain (after a failover) stored version 2 meanwhile.
        await CommitAsync(stream, 2, new TallyAdded(Guid.NewGuid(), DateTimeOffset.UtcNow, 100, null));

        var refused = await Assert.ThrowsAsync<IseException>(() => tally.Add(5));
        Assert.Equal(IseErrorCode.Unavailable, refused.Code);
        Assert.Contains("another activation", refused.Message, StringComparison.Ordinal);

        Assert.Equal(new TallyView(101, 2, 2), await tally.Get());
        Assert.Equal(new TallyView(106, 3, 3), await tally.Add(5));
        Assert.Equal([1, 100, 5], (await Store.ReadStreamAsync(stream)).Tail.Select(r => Decode(r).Amount));
    }

    [Fact]
    public async Task A_write_storage_refuses_is_answered_unavailable_stores_nothing_and_the_next_call_succeeds()
    {
        var tally = NewTally();
        await tally.Add(1);
        var stream = await tally.Stream();
        ((ControlledJournalStore)Store).FailNextCommitOf(stream, new IOException("connection reset"));

        var refused = await Assert.ThrowsAsync<IseException>(() => tally.Add(5));

        Assert.Equal(IseErrorCode.Unavailable, refused.Code);
        Assert.Contains("storage is failing", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new TallyView(1, 1, 1), await tally.Get());
        Assert.Equal(new TallyView(6, 2, 2), await tally.Add(5));
        Assert.Equal(2, (await Store.ReadStreamAsync(stream)).Tail.Count);
    }

    [Fact]
    public async Task A_row_in_a_format_this_build_does_not_read_refuses_activation()
    {
        var tally = NewTally();
        var stream = await tally.Stream();
        await tally.Deactivate();
        var row = Codec.Row(stream, 1, new TallyAdded(Guid.NewGuid(), DateTimeOffset.UtcNow, 1, null)) with { Format = 9 };
        await CommitAsync(new JournalAppend(stream, [row]));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => tally.Get());

        Assert.Contains("format 9, which this build does not read", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => tally.Get());
    }

    private JournalCodec<TallyState, ITallyEvent> Codec =>
        new(Silo.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>().Value.JsonSerializerOptions);

    private TallyAdded Decode(JournalRow row) => (TallyAdded)Codec.Event(row);

    private Task CommitAsync(string stream, long version, TallyAdded added) =>
        CommitAsync(new JournalAppend(stream, [Codec.Row(stream, version, added)]));

    private async Task CommitAsync(JournalAppend append)
    {
        var lease = await Store.RegisterWriterAsync($"test-writer-{Guid.NewGuid():N}", "test");
        var result = await Store.CommitAsync(new JournalBatch(lease, 1, [append]));
        Assert.Empty(result.ConflictedStreams);
    }
}
