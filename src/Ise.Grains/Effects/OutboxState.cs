namespace Ise.Effects;

/// <summary>
/// The outbox of a grain state stored whole before the journal: the effects not yet confirmed by their receivers, each
/// with the sequence it was sent under. Read once, when the state is moved into its journal stream (its pending entries
/// are sent again from there); tests build such states with <see cref="Add"/>.
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
}
