using Ise.Effects;

namespace Ise.Journal;

/// <summary>
/// The effects of one batch for one receiver under one source, in the batch's order, with their
/// delivery sequences. The source is the writer's (null here) except for effects that keep the
/// origin they had before the journal.
/// </summary>
internal sealed record AddressedEffectRun(EffectTarget Target, string Key, string? Source, IReadOnlyList<EffectEnvelope> Effects)
{
    public static IReadOnlyList<AddressedEffectRun> ByReceiver(BatchEffects batch)
    {
        var runs = new Dictionary<(EffectTarget, string, string?), List<EffectEnvelope>>();
        var order = new List<(EffectTarget Target, string Key, string? Source)>();
        for (var i = 0; i < batch.Effects.Count; i++)
        {
            var effect = batch.Effects[i];
            var receiver = (effect.Target, effect.Key, effect.Origin?.Source);
            if (!runs.TryGetValue(receiver, out var run))
            {
                runs[receiver] = run = [];
                order.Add(receiver);
            }

            run.Add(new EffectEnvelope(effect.Origin?.Sequence ?? batch.Sequence(i), effect.Effect));
        }

        return [.. order.Select(r => new AddressedEffectRun(r.Target, r.Key, r.Source, runs[r]))];
    }
}
