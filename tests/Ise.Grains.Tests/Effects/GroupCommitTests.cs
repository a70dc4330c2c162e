using Ise.Effects;
using Ise.Testing;

namespace Ise.Grains.Tests.Effects;

/// <summary>The group commit's promises, with writes the test completes or fails by hand.</summary>
public sealed class GroupCommitTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Callers_arriving_during_a_write_share_the_next_write_and_are_answered_only_after_it()
    {
        var writes = new ManualWrites();
        var commit = new GroupCommit(writes.WriteAsync, () => { });

        var first = commit.CommitAsync();
        var queued = Enumerable.Range(0, 10).Select(_ => commit.CommitAsync()).ToList();
        Assert.Equal(1, writes.Started);

        writes.Complete(0);
        await first.WaitAsync(s_wait);
        await Eventually.TrueAsync(() => Task.FromResult(writes.Started == 2), s_wait, "the queued callers' write starts");
        Assert.All(queued, q => Assert.False(q.IsCompleted));

        writes.Complete(1);
        await Task.WhenAll(queued).WaitAsync(s_wait);
        Assert.Equal(2, writes.Started);
    }

    [Fact]
    public async Task A_failed_write_fails_its_callers_and_those_queued_behind_it_and_refuses_later_calls()
    {
        var writes = new ManualWrites();
        var failures = 0;
        var commit = new GroupCommit(writes.WriteAsync, () => failures++);

        var first = commit.CommitAsync();
        var queued = commit.CommitAsync();
        writes.Fail(0, new IOException("storage refused the write"));

        await Assert.ThrowsAsync<IOException>(() => first.WaitAsync(s_wait));
        await Assert.ThrowsAsync<IOException>(() => queued.WaitAsync(s_wait));
        Assert.Equal(1, writes.Started);
        Assert.Equal(1, failures);
        var refused = Assert.Throws<InvalidOperationException>(() => { _ = commit.CommitAsync(); });
        Assert.IsType<IOException>(refused.InnerException);
        Assert.Throws<InvalidOperationException>(() => { _ = commit.DurableAsync(); });
    }

    [Fact]
    public async Task Waiting_for_durability_is_immediate_when_idle_and_waits_for_a_later_write_otherwise()
    {
        var writes = new ManualWrites();
        var commit = new GroupCommit(writes.WriteAsync, () => { });
        Assert.True(commit.DurableAsync().IsCompletedSuccessfully);
        Assert.Equal(0, writes.Started);

        var first = commit.CommitAsync();
        var duplicate = commit.DurableAsync();
        writes.Complete(0);
        await first.WaitAsync(s_wait);
        Assert.False(duplicate.IsCompleted);

        await Eventually.TrueAsync(() => Task.FromResult(writes.Started == 2), s_wait, "the duplicate waits for a write of its own");
        writes.Complete(1);
        await duplicate.WaitAsync(s_wait);
    }

    /// <summary>Writes that wait until the test completes or fails them, in the order they started.</summary>
    private sealed class ManualWrites
    {
        private readonly List<TaskCompletionSource> _writes = [];

        public int Started
        {
            get
            {
                lock (_writes)
                {
                    return _writes.Count;
                }
            }
        }

        public Task WriteAsync()
        {
            var write = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_writes)
            {
                _writes.Add(write);
            }

            return write.Task;
        }

        public void Complete(int index) => At(index).SetResult();

        public void Fail(int index, Exception exception) => At(index).SetException(exception);

        private TaskCompletionSource At(int index)
        {
            lock (_writes)
            {
                return _writes[index];
            }
        }
    }
}
