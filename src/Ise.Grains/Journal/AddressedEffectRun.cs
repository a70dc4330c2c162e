using Ise.Effects;

namespace Ise.Journal;

/// <summary>The effects of one batch for one receiver, in the batch's order, with their delivery sequences.</summary>
internal sealed record AddressedEffectRun(EffectTarget Target, string Key, IReadOnlyList<EffectEnvelope> Effects)
{
    public static IReadOnlyList<AddressedEffectRun> ByReceiver(BatchEffects batch)
    {
        var runs = new Dictionary<(EffectTarget, string), List<EffectEnvelope>>();
        var order = new List<(EffectTarget Target, string Key)>();
        for (var i = 0; i < batch.Effects.Count; i++)
        {
            var effect = batch.Effects[i];
            if (!runs.TryGetValue((effect.Target, effect.Key), out var run))
            {
                runs[(effect.Target, effect.Key)] = run = [];
                order.Add((effect.Target, effect.Key));
            }

            run.Add(new EffectEnvelope(batch.Sequence(i), effect.Effect));
        }

        return [.. order.Select(r => new AddressedEffectRun(r.Target, r.Key, runs[r]))];
    }
}
