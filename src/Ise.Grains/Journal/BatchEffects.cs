using Ise.Effects;

namespace Ise.Journal;

/// <summary>
/// The effects of one committed batch of a writer, in the batch's canonical order (by stream, then
/// version, then the event's own order). Each effect's delivery sequence is its batch number and
/// its position in that order, so the same batch delivered again, live or after a failover, carries
/// the same sequences and receivers apply it once.
/// </summary>
public sealed record BatchEffects(long Batch, IReadOnlyList<AddressedEffect> Effects)
{
    /// <summary>More effects than this in one batch would overlap the next batch's sequences.</summary>
    public const long MaxEffectsPerBatch = 1 << 24;

    public static BatchEffects None(long batch) => new(batch, []);

    /// <summary>The effects of the appends of a batch that were stored, in canonical order.</summary>
    public static BatchEffects Of(long batch, IEnumerable<JournalAppend> stored) =>
        Checked(batch, [.. stored.OrderBy(a => a.Stream, StringComparer.Ordinal).SelectMany(a => a.Effects)]);

    /// <summary>The effects of stored rows (already in stream and version order), decoded.</summary>
    public static BatchEffects Of(JournalBatchRows rows, JournalEventDecoder decoder) =>
        Checked(rows.Number, [.. rows.Rows.SelectMany(decoder.EffectsOf)]);

    public long Sequence(int position) => (Batch * MaxEffectsPerBatch) + position + 1;

    private static BatchEffects Checked(long batch, IReadOnlyList<AddressedEffect> effects) =>
        effects.Count < MaxEffectsPerBatch
            ? new BatchEffects(batch, effects)
            : throw new InvalidOperationException($"Batch {batch} causes {effects.Count} effects, more than {MaxEffectsPerBatch} can be numbered.");
}
