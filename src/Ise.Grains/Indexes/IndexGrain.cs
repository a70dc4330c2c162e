using Ise.Effects;
using Orleans.Concurrency;

namespace Ise.Indexes;

/// <summary>
/// One bucket of an index list, kept as rows of the <see cref="IIndexMemberStore"/>: a delivery is one
/// upsert of the members it names, each as of the version the member gave the change (a journaled
/// member names it in the effect; a member with an outbox is the sender, and the outbox sequence is the
/// version), so the store drops what is delivered again or late and the bucket keeps nothing per sender. Holds no state: a
/// stateless worker, so pages are read on the silo that asks.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class IndexGrain(IIndexMemberStore store) : Grain, IIndexGrain
{
    private const int MaxPageSize = 1000;

    private string List => this.GetPrimaryKeyString();

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var changes = new List<IndexMemberChange>(batch.Effects.Count);
        foreach (var envelope in batch.Effects)
        {
            var effect = envelope.Effect as IndexMembershipEffect
                ?? throw new InvalidOperationException($"An index bucket cannot apply {envelope.Effect.GetType().Name}.");
            if (effect.Version is null && !string.Equals(effect.Member, batch.SourceId, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Index bucket {List} takes the unversioned changes of a member from that member alone, not {effect.Member}'s from {batch.SourceId}.");
            }

            changes.Add(new IndexMemberChange(List, effect.Member, effect.Version ?? envelope.Sequence, effect.Present));
        }

        await store.ApplyAsync(changes);
    }

    public Task<IndexPage> GetPageAsync(string? after, int first) =>
        store.PageAsync(List, after, Math.Clamp(first, 0, MaxPageSize));

    public async Task<int> CountAsync() => (await store.PageAsync(List, null, 0)).Count;
}
