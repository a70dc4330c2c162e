using Ise.Effects;

namespace Ise.Indexes;

/// <summary>A sorted list of members kept up to date by other grains' outboxes.</summary>
public sealed class IndexGrain([PersistentState("index", IseKeys.StorageName)] IPersistentState<IndexState> state) : Grain, IIndexGrain
{
    private const int MaxPageSize = 1000;

    private List<string> Members => state.State.Members;

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var effects = state.State.Inbox.Accept(batch);
        if (effects.Count == 0)
        {
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

        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
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
