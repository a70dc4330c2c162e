using Ise.Effects;
using Orleans.Concurrency;

namespace Ise.Indexes;

/// <summary>
/// A sorted list of members kept up to date by other grains' outboxes. Every SME's outbox writes to
/// the same few buckets, so deliveries share writes (<see cref="GroupCommit"/>): reentrant, the state
/// changes only in synchronous code, and a delivery is confirmed once a write holding it is durable.
/// </summary>
[Reentrant]
public sealed class IndexGrain : Grain, IIndexGrain
{
    private const int MaxPageSize = 1000;

    private readonly IPersistentState<IndexState> _state;
    private readonly GroupCommit _commit;

    public IndexGrain([PersistentState("index", IseKeys.StorageName)] IPersistentState<IndexState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => state.WriteStateAsync(), DeactivateOnIdle);
    }

    private List<string> Members => _state.State.Members;

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        _commit.ThrowIfFailed();
        var effects = _state.State.Inbox.Accept(batch);
        if (effects.Count == 0)
        {
            await _commit.DurableAsync();
            return;
        }

        foreach (var effect in effects.Cast<IndexMembershipEffect>())
        {
            var at = Members.BinarySearch(effect.Member, StringComparer.Ordinal);
            if (effect.Present && at < 0)
            {
                Members.Insert(~at, effect.Member);
            }
            else if (!effect.Present && at >= 0)
            {
                Members.RemoveAt(at);
            }
        }

        await _commit.CommitAsync();
    }

    public Task<IndexPage> GetPageAsync(string? after, int first)
    {
        var size = Math.Clamp(first, 0, MaxPageSize);
        var start = 0;
        if (after is not null)
        {
            var at = Members.BinarySearch(after, StringComparer.Ordinal);
            start = at >= 0 ? at + 1 : ~at;
        }

        var page = Members.Skip(start).Take(size).ToList();
        return Task.FromResult(new IndexPage(page, start + page.Count < Members.Count, Members.Count));
    }

    public Task<int> CountAsync() => Task.FromResult(Members.Count);
}
