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
        var (fresh, through) = Fresh(batch, AppliedThrough.GetValueOrDefault(batch.SourceId));
        AppliedThrough[batch.SourceId] = through;
        return fresh;
    }

    /// <summary>The effects after <paramref name="appliedThrough"/>, in order, and the sequence applied through after them.</summary>
    public static (IReadOnlyList<Effect> Fresh, long Through) Fresh(EffectBatch batch, long appliedThrough)
    {
        var fresh = batch.Effects.Where(e => e.Sequence > appliedThrough).OrderBy(e => e.Sequence).ToList();
        return ([.. fresh.Select(e => e.Effect)], fresh.Count > 0 ? fresh[^1].Sequence : appliedThrough);
    }
}
