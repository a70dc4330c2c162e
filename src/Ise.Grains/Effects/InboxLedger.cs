namespace Ise.Effects;

/// <summary>
/// The receiver's side of at-least-once delivery: the highest sequence applied from each sender.
/// A redelivered effect has a sequence at or below it and is dropped. Persisted with the state the
/// effects change, in the same write.
/// </summary>
[GenerateSerializer, Alias("ise.inbox-ledger")]
public sealed class InboxLedger
{
    [Id(0)]
    public Dictionary<string, long> AppliedThrough { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The effects of the batch not applied before, in order; marks them applied.</summary>
    public IReadOnlyList<Effect> Accept(EffectBatch batch)
    {
        var through = AppliedThrough.GetValueOrDefault(batch.SourceId);
        var fresh = batch.Effects.Where(e => e.Sequence > through).OrderBy(e => e.Sequence).ToList();
        if (fresh.Count > 0)
        {
            AppliedThrough[batch.SourceId] = fresh[^1].Sequence;
        }

        return [.. fresh.Select(e => e.Effect)];
    }
}
