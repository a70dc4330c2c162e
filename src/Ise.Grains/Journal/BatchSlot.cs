namespace Ise.Journal;

/// <summary>
/// One batch of a writer on its way to its receivers: its effects once known (a batch in doubt has
/// none until the store has been asked), whether they have been handed to the receivers' queues,
/// and how many receivers have yet to acknowledge them.
/// </summary>
internal sealed class BatchSlot(DateTimeOffset committedAt, BatchEffects? effects)
{
    public DateTimeOffset CommittedAt { get; } = committedAt;

    public BatchEffects? Effects { get; set; } = effects;

    public bool Released { get; set; }

    public int Outstanding { get; set; }
}
