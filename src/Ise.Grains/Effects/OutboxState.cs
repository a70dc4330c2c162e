namespace Ise.Effects;

/// <summary>
/// The part of a grain's persisted state that holds effects not yet confirmed by their receivers.
/// Entries are added in the same write that acknowledges the change that caused them, and removed
/// once delivered, so under steady load it stays small.
/// </summary>
[GenerateSerializer, Alias("ise.outbox")]
public sealed class OutboxState
{
    [Id(0)]
    public long NextSequence { get; set; } = 1;

    [Id(1)]
    public List<OutboxEntry> Pending { get; set; } = [];

    public OutboxEntry Add(EffectTarget target, string targetKey, Effect effect)
    {
        var entry = new OutboxEntry(NextSequence++, target, targetKey, effect);
        Pending.Add(entry);
        return entry;
    }

    /// <summary>Takes back entries added by a change whose write failed (they were never delivered).</summary>
    public void Remove(IReadOnlyCollection<OutboxEntry> entries)
    {
        if (entries.Count > 0)
        {
            var sequences = entries.Select(e => e.Sequence).ToHashSet();
            Pending.RemoveAll(e => sequences.Contains(e.Sequence));
        }
    }
}
