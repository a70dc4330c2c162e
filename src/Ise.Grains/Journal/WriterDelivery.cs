using Ise.Effects;

namespace Ise.Journal;

/// <summary>
/// The delivery of one writer's batches: this silo's own, or a dead silo's taken over. Batches are
/// handed to receivers strictly in batch order (a batch in doubt holds back the ones after it), so
/// each receiver sees a writer's sequences only rising; the writer's cursor is the last batch
/// before the oldest one some receiver has not yet acknowledged.
/// </summary>
internal sealed class WriterDelivery(WriterLease lease, long deliveredThrough)
{
    private readonly SortedDictionary<long, BatchSlot> _slots = [];
    private long _highestSeen = deliveredThrough;

    public WriterLease Lease { get; } = lease;

    public string Source { get; } = JournalSource.Of(lease.Writer);

    /// <summary>The cursor as last stored (<see cref="IJournalStore.MarkDeliveredAsync"/>).</summary>
    public long MarkedDelivered { get; set; } = deliveredThrough;

    /// <summary>Every batch up to this one has been acknowledged by all of its receivers.</summary>
    public long DeliveredThrough => _slots.Count > 0 ? _slots.First().Key - 1 : _highestSeen;

    public int PendingBatches => _slots.Count;

    public DateTimeOffset? OldestPendingAt => _slots.Count > 0 ? _slots.Values.Min(s => s.CommittedAt) : null;

    /// <summary>A batch known to be committed (with its effects) or in doubt (effects null, to be resolved).</summary>
    public void Add(long batch, BatchEffects? effects, DateTimeOffset at)
    {
        if (batch <= _highestSeen)
        {
            throw new InvalidOperationException($"Batch {batch} of writer '{Lease.Writer}' arrived after batch {_highestSeen}.");
        }

        _highestSeen = batch;
        _slots[batch] = new BatchSlot(at, effects);
    }

    public void Resolve(long batch, BatchEffects effects) => _slots[batch].Effects = effects;

    /// <summary>
    /// Takes the batches that may go to their receivers now, in order, each split by receiver (with
    /// its delivery sequences); a batch with no effects is acknowledged at once.
    /// </summary>
    public IEnumerable<(long Batch, AddressedEffectRun Run)> Release()
    {
        var released = new List<(long, AddressedEffectRun)>();
        foreach (var (batch, slot) in _slots.ToList())
        {
            if (slot.Released)
            {
                continue;
            }

            if (slot.Effects is not { } effects)
            {
                break;
            }

            var runs = AddressedEffectRun.ByReceiver(effects);
            slot.Released = true;
            slot.Outstanding = runs.Count;
            released.AddRange(runs.Select(r => (batch, r)));
            if (runs.Count == 0)
            {
                _slots.Remove(batch);
            }
        }

        return released;
    }

    /// <summary>One receiver has applied its part of the batch.</summary>
    public void Acknowledge(long batch)
    {
        var slot = _slots[batch];
        if (--slot.Outstanding == 0)
        {
            _slots.Remove(batch);
        }
    }
}
