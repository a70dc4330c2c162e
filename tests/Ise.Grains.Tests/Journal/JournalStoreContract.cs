using Ise.Journal;

namespace Ise.Grains.Tests.Journal;

/// <summary>
/// What every journal store must do, run against each implementation: the rules journaled grains
/// and the silo's writer rely on (idempotent appends, stale activations refused per stream,
/// snapshots that never move back, fenced writers, reading forward by writer and by subject).
/// </summary>
public abstract class JournalStoreContract
{
    private long _batch;

    protected abstract Task<IJournalStore> StoreAsync();

    private long NextBatch() => Interlocked.Increment(ref _batch);

    private async Task<(IJournalStore Store, WriterLease Lease)> WriterAsync()
    {
        var store = await StoreAsync();
        var silo = $"silo-{Guid.NewGuid():N}";
        return (store, await store.RegisterWriterAsync($"writer-{Guid.NewGuid():N}", silo));
    }

    private Task<JournalCommitResult> CommitAsync(IJournalStore store, WriterLease lease, params JournalAppend[] appends) =>
        store.CommitAsync(new JournalBatch(lease, NextBatch(), appends));

    [Fact]
    public async Task A_stream_reads_back_its_latest_snapshot_and_the_events_after_it_in_order()
    {
        var (store, lease) = await WriterAsync();
        var stream = JournalRows.NewStream();

        await CommitAsync(store, lease, JournalRows.Append(stream, after: 0, count: 3));
        await CommitAsync(store, lease, JournalRows.Append(stream, after: 3, count: 2, snapshot: true), JournalRows.Append(JournalRows.NewStream()));
        await CommitAsync(store, lease, JournalRows.Append(stream, after: 5, count: 2));

        var read = await store.ReadStreamAsync(stream);
        Assert.Equal(5, read.Snapshot?.Version);
        Assert.Equal($"state of {stream} at 5", JournalRows.Text(read.Snapshot!.Payload));
        Assert.Equal([6L, 7L], read.Tail.Select(r => r.Version));
        Assert.Equal($"{stream}#7", JournalRows.Text(read.Tail[^1].Payload));
        Assert.Equal(7, read.Version);

        var unknown = await store.ReadStreamAsync(JournalRows.NewStream());
        Assert.Null(unknown.Snapshot);
        Assert.Empty(unknown.Tail);
        Assert.Equal(0, unknown.Version);
    }

    [Fact]
    public async Task A_stored_row_keeps_every_field()
    {
        var (store, lease) = await WriterAsync();
        var stream = JournalRows.NewStream();
        var row = JournalRows.Row(stream, 1, subject: "sme/GB-01234567", text: "checked in at the door");

        await CommitAsync(store, lease, new JournalAppend(stream, [row]));

        var stored = Assert.Single((await store.ReadStreamAsync(stream)).Tail);
        Assert.Equal((row.Stream, row.Version, row.EventId, row.Kind, row.Subject, row.Format, row.At), (stored.Stream, stored.Version, stored.EventId, stored.Kind, stored.Subject, stored.Format, stored.At));
        Assert.Equal("checked in at the door", JournalRows.Text(stored.Payload));
    }

    [Fact]
    public async Task A_resubmitted_append_is_reported_stored_and_stored_once()
    {
        var (store, lease) = await WriterAsync();
        var stream = JournalRows.NewStream();
        var append = JournalRows.Append(stream, count: 2);

        var first = await CommitAsync(store, lease, append);
        var again = await CommitAsync(store, lease, append, JournalRows.Append(JournalRows.NewStream()));

        Assert.Equal((2, 0), (first.RowsInserted, first.RowsResubmitted));
        Assert.Empty(again.ConflictedStreams);
        Assert.Equal((1, 2), (again.RowsInserted, again.RowsResubmitted));
        Assert.Equal(2, (await store.ReadStreamAsync(stream)).Tail.Count);
    }

    [Fact]
    public async Task A_stale_activation_fails_its_stream_alone_and_the_rest_of_the_batch_commits()
    {
        var (store, lease) = await WriterAsync();
        var contested = JournalRows.NewStream();
        var other = JournalRows.NewStream();
        await CommitAsync(store, lease, JournalRows.Append(contested, count: 1));

        // The stale activation appends version 1 (already another event) and, in the same batch, version 2 on top of it.
        var result = await CommitAsync(
            store,
            lease,
            JournalRows.Append(contested, after: 0, count: 1, snapshot: true),
            JournalRows.Append(other, count: 1),
            JournalRows.Append(contested, after: 1, count: 1, snapshot: true));

        Assert.Equal([contested], result.ConflictedStreams);
        Assert.Equal(1, result.RowsInserted);
        var read = await store.ReadStreamAsync(contested);
        Assert.Null(read.Snapshot);
        Assert.Equal([1L], read.Tail.Select(r => r.Version));
        Assert.Single((await store.ReadStreamAsync(other)).Tail);
    }

    [Fact]
    public async Task An_event_already_stored_at_another_version_is_a_conflict()
    {
        var (store, lease) = await WriterAsync();
        var stream = JournalRows.NewStream();
        var row = JournalRows.Row(stream, 1);
        await CommitAsync(store, lease, new JournalAppend(stream, [row]));

        var result = await CommitAsync(store, lease, new JournalAppend(stream, [row with { Version = 2 }]));

        Assert.Equal([stream], result.ConflictedStreams);
        Assert.Single((await store.ReadStreamAsync(stream)).Tail);
    }

    [Fact]
    public async Task A_snapshot_never_moves_back()
    {
        var (store, lease) = await WriterAsync();
        var stream = JournalRows.NewStream();
        var early = JournalRows.Append(stream, count: 2);
        await CommitAsync(store, lease, early);
        await CommitAsync(store, lease, JournalRows.Append(stream, after: 2, count: 2, snapshot: true));

        // A late resubmission of the first two events, carrying the snapshot it had then.
        var result = await CommitAsync(store, lease, new JournalAppend(stream, early.Rows, JournalRows.Snapshot(stream, 2)));

        Assert.Empty(result.ConflictedStreams);
        Assert.Equal(2, result.RowsResubmitted);
        var read = await store.ReadStreamAsync(stream);
        Assert.Equal(4, read.Snapshot?.Version);
        Assert.Empty(read.Tail);
    }

    [Fact]
    public async Task A_writer_taken_over_by_another_silo_commits_nothing_more()
    {
        var (store, lease) = await WriterAsync();
        var stream = JournalRows.NewStream();

        var claimed = await store.ClaimWriterAsync(lease.Writer, lease.Owner, "live-silo");
        var second = await store.ClaimWriterAsync(lease.Writer, lease.Owner, "another-live-silo");

        Assert.Equal(new WriterLease(lease.Writer, "live-silo", lease.Epoch + 1), claimed);
        Assert.Null(second);
        var refused = await Assert.ThrowsAsync<JournalWriteException>(() => CommitAsync(store, lease, JournalRows.Append(stream)));
        Assert.Equal(JournalFailure.Fenced, refused.Failure);
        Assert.Empty((await store.ReadStreamAsync(stream)).Tail);
        await Assert.ThrowsAsync<JournalWriteException>(() => store.MarkDeliveredAsync(lease, 1));

        await CommitAsync(store, claimed!, JournalRows.Append(stream));
        Assert.Single((await store.ReadStreamAsync(stream)).Tail);
    }

    [Fact]
    public async Task A_writer_id_is_registered_once()
    {
        var (store, lease) = await WriterAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RegisterWriterAsync(lease.Writer, "another-silo"));
    }

    [Fact]
    public async Task Rows_about_a_subject_are_read_across_streams_oldest_first()
    {
        var (store, lease) = await WriterAsync();
        var subject = $"sme/{Guid.NewGuid():N}";
        var morning = JournalRows.NewStream();
        var evening = JournalRows.NewStream();

        await CommitAsync(store, lease, JournalRows.Append(evening, after: 0, count: 3, subject: subject), JournalRows.Append(morning, count: 1, subject: subject));
        await CommitAsync(store, lease, JournalRows.Append(JournalRows.NewStream(), count: 2, subject: $"sme/{Guid.NewGuid():N}"));

        var rows = await store.ReadSubjectAsync(subject);
        Assert.Equal(
            new[] { (evening, 1L), (evening, 2L), (evening, 3L), (morning, 1L) }.Order(),
            rows.Select(r => (r.Stream, r.Version)).Order());
        Assert.All(rows, r => Assert.Equal(subject, r.Subject));
        Assert.Equal(rows.Select(r => r.At).Order(), rows.Select(r => r.At));
    }

    [Fact]
    public async Task A_batch_is_known_committed_once_stored_and_not_committed_otherwise()
    {
        var (store, lease) = await WriterAsync();
        await store.CommitAsync(new JournalBatch(lease, 1, [JournalRows.Append(JournalRows.NewStream())]));
        await Assert.ThrowsAsync<JournalWriteException>(() => store.CommitAsync(new JournalBatch(lease with { Epoch = lease.Epoch + 1 }, 2, [JournalRows.Append(JournalRows.NewStream())])));

        Assert.Equal(BatchOutcome.Committed, await store.FindOutcomeAsync(lease, 1));
        Assert.Equal(BatchOutcome.NotCommitted, await store.FindOutcomeAsync(lease, 2));
        Assert.Equal(BatchOutcome.NotCommitted, await store.FindOutcomeAsync(lease, 3));
    }

    [Fact]
    public async Task A_writer_s_batches_are_read_forward_from_its_delivery_cursor()
    {
        var (store, lease) = await WriterAsync();
        var a = JournalRows.NewStream();
        var b = JournalRows.NewStream();
        await store.CommitAsync(new JournalBatch(lease, 1, [JournalRows.Append(a, count: 2), JournalRows.Append(b)]));
        await store.CommitAsync(new JournalBatch(lease, 2, [JournalRows.Append(a, after: 2)]));
        await store.CommitAsync(new JournalBatch(lease, 4, [JournalRows.Append(b, after: 1)]));

        var all = await store.ReadBatchesAsync(lease.Writer, afterBatch: 0, maxBatches: 10);
        Assert.Equal([1L, 2L, 4L], all.Select(x => x.Number));
        Assert.Equal(3, all[0].Rows.Count);
        Assert.Equal([2L], (await store.ReadBatchesAsync(lease.Writer, afterBatch: 1, maxBatches: 1)).Select(x => x.Number));

        await store.MarkDeliveredAsync(lease, 2);
        await store.MarkDeliveredAsync(lease, 1);
        var record = Assert.Single(await store.ReadWritersAsync(), w => w.Writer == lease.Writer);
        Assert.Equal(2, record.Delivered);

        await store.RetireWriterAsync(lease);
        Assert.DoesNotContain(await store.ReadWritersAsync(), w => w.Writer == lease.Writer);
        var refused = await Assert.ThrowsAsync<JournalWriteException>(() => store.CommitAsync(new JournalBatch(lease, 5, [JournalRows.Append(a, after: 3)])));
        Assert.Equal(JournalFailure.Fenced, refused.Failure);
    }
}
