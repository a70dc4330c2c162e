using System.Diagnostics.Metrics;
using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ise.Grains.Tests.Journal;

/// <summary>The silo's one journal writer: group commit across grains, answers only after commit, failures kept to whom they concern.</summary>
public sealed class JournalWriterTests : IAsyncLifetime
{
    private readonly ControlledJournalStore _store = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private JournalWriter _writer = null!;

    public async Task InitializeAsync()
    {
        _writer = NewWriter(new JournalWriterOptions());
        await _writer.StartAsync("writer-1", "silo-1");
    }

    public async Task DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Appends_queued_while_a_transaction_commits_share_the_next_one_and_are_answered_only_after_it()
    {
        var arrived = _store.HoldNextCommit();
        var first = _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream()));
        await arrived;

        var streams = Enumerable.Range(0, 200).Select(_ => JournalRows.NewStream()).ToList();
        var queued = streams.Select(s => _writer.AppendAsync(JournalRows.Append(s, count: 2))).ToList();
        await Task.Delay(50);
        Assert.False(first.IsCompleted);
        Assert.All(queued, t => Assert.False(t.IsCompleted));
        Assert.Empty((await _store.Inner.ReadStreamAsync(streams[0])).Tail);

        _store.Release();
        await first;
        await Task.WhenAll(queued);

        Assert.Equal(2, _store.Batches.Count);
        Assert.Equal(200, _store.Batches[1].Appends.Count);
        Assert.Equal([1L, 2L], _store.Batches.Select(b => b.Number));
        Assert.All(streams, s => Assert.Equal(2, _store.Inner.ReadStreamAsync(s).Result.Version));
        Assert.Equal(new JournalWriterTotals(401, _store.Batches.Sum(b => b.Appends.Sum(a => a.PayloadBytes)), 2), _writer.Totals);
    }

    [Fact]
    public async Task A_batch_takes_at_most_the_configured_rows()
    {
        await using var writer = NewWriter(new JournalWriterOptions { MaxRowsPerBatch = 10 });
        await writer.StartAsync("writer-small", "silo-1");
        var arrived = _store.HoldNextCommit();
        var first = writer.AppendAsync(JournalRows.Append(JournalRows.NewStream()));
        await arrived;

        var queued = Enumerable.Range(0, 25).Select(_ => writer.AppendAsync(JournalRows.Append(JournalRows.NewStream(), count: 2))).ToList();
        _store.Release();
        await Task.WhenAll([first, .. queued]);

        Assert.Equal([1, 5, 5, 5, 5, 5], _store.Batches.Select(b => b.Appends.Count));
    }

    [Fact]
    public async Task A_failed_transaction_fails_every_caller_of_its_batch_retryably_and_the_next_batch_commits()
    {
        var arrived = _store.HoldNextCommit();
        var failing = _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream()));
        await arrived;
        _store.FailNextCommit(new IOException("connection reset"));
        _store.Release();

        var refused = await Assert.ThrowsAsync<JournalWriteException>(() => failing);
        Assert.Equal(JournalFailure.Unavailable, refused.Failure);
        Assert.True(refused.IsRetryable);
        Assert.IsType<IOException>(refused.InnerException);

        var stream = JournalRows.NewStream();
        await _writer.AppendAsync(JournalRows.Append(stream));
        Assert.Single((await _store.Inner.ReadStreamAsync(stream)).Tail);
        Assert.Equal(1, _writer.Totals.Transactions);
    }

    [Fact]
    public async Task A_stale_activation_fails_alone_and_the_rest_of_its_batch_commits()
    {
        var contested = JournalRows.NewStream();
        await _writer.AppendAsync(JournalRows.Append(contested));

        var arrived = _store.HoldNextCommit();
        var blocker = _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream()));
        await arrived;
        var stale = _writer.AppendAsync(JournalRows.Append(contested));
        var others = Enumerable.Range(0, 5).Select(_ => _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream()))).ToList();
        _store.Release();

        await blocker;
        await Task.WhenAll(others);
        var refused = await Assert.ThrowsAsync<JournalWriteException>(() => stale);
        Assert.Equal(JournalFailure.Conflict, refused.Failure);
        Assert.Contains(contested, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fenced_writer_refuses_every_append_from_then_on()
    {
        var lease = _writer.Lease;
        await _store.ClaimWriterAsync(lease.Writer, lease.Owner, "live-silo");

        var first = await Assert.ThrowsAsync<JournalWriteException>(() => _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream())));
        var later = await Assert.ThrowsAsync<JournalWriteException>(() => _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream())));

        Assert.Equal((JournalFailure.Fenced, JournalFailure.Fenced), (first.Failure, later.Failure));
        Assert.False(later.IsRetryable);
        Assert.Single(_store.Batches);
    }

    [Fact]
    public async Task Stopping_commits_what_is_queued_then_refuses_new_appends()
    {
        var arrived = _store.HoldNextCommit();
        var first = _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream()));
        await arrived;
        var queued = Enumerable.Range(0, 10).Select(_ => _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream()))).ToList();

        var stopping = _writer.StopAsync();
        var refused = await Assert.ThrowsAsync<JournalWriteException>(() => _writer.AppendAsync(JournalRows.Append(JournalRows.NewStream())));
        Assert.False(stopping.IsCompleted);
        _store.Release();
        await stopping;

        await Task.WhenAll([first, .. queued]);
        Assert.Equal(JournalFailure.Unavailable, refused.Failure);
        Assert.Equal(11, _writer.Totals.Rows);
    }

    private JournalWriter NewWriter(JournalWriterOptions options) => new(
        _store, Options.Create(options), _services.GetRequiredService<IMeterFactory>(), NullLogger<JournalWriter>.Instance);
}
