using Ise.Effects;

namespace Ise.Journal;

/// <summary>
/// What waits for one receiver grain, oldest first; one call to it at a time, so it sees each
/// writer's batches in order. Consecutive parts from the same writer go in one call.
/// </summary>
internal sealed class ReceiverQueue(EffectTarget target, string key)
{
    private readonly Queue<(WriterDelivery Writer, long Batch, string Source, IReadOnlyList<EffectEnvelope> Effects)> _pending = new();

    public EffectTarget Target { get; } = target;

    public string Key { get; } = key;

    /// <summary>Whether a delivery loop is running for this receiver.</summary>
    public bool Busy { get; set; }

    /// <summary>Failed attempts in a row (a receiver that keeps failing is parked: retried with backoff).</summary>
    public int Failures { get; set; }

    public int Count => _pending.Count;

    public void Enqueue(WriterDelivery writer, long batch, string source, IReadOnlyList<EffectEnvelope> effects) => _pending.Enqueue((writer, batch, source, effects));

    /// <summary>The next call: the oldest parts that come from one writer under one source, up to about <paramref name="maxEffects"/> effects.</summary>
    public (int Parts, EffectBatch Batch) Next(int maxEffects)
    {
        var (writer, _, source, _) = _pending.Peek();
        var parts = 0;
        var effects = new List<EffectEnvelope>();
        foreach (var part in _pending)
        {
            if (part.Writer != writer || part.Source != source || (parts > 0 && effects.Count + part.Effects.Count > maxEffects))
            {
                break;
            }

            effects.AddRange(part.Effects);
            parts++;
        }

        return (parts, new EffectBatch(source, effects));
    }

    /// <summary>Removes the parts a call delivered; returns the batches they belong to.</summary>
    public IReadOnlyList<(WriterDelivery Writer, long Batch)> Delivered(int parts)
    {
        var done = new List<(WriterDelivery, long)>(parts);
        for (var i = 0; i < parts; i++)
        {
            var part = _pending.Dequeue();
            done.Add((part.Writer, part.Batch));
        }

        return done;
    }
}
