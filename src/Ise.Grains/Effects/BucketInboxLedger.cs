namespace Ise.Effects;

/// <summary>
/// The receiver's ledger when the repeat senders are the numbered buckets of one thing (an event's
/// attendance buckets): the highest sequence applied per bucket number, as a plain list, a few bytes
/// per bucket in the stored state.
/// </summary>
[GenerateSerializer, Alias("ise.bucket-inbox-ledger")]
public sealed class BucketInboxLedger
{
    [Id(0)]
    public List<long> AppliedThrough { get; set; } = [];

    public IReadOnlyList<Effect> Accept(int bucket, EffectBatch batch)
    {
        while (AppliedThrough.Count <= bucket)
        {
            AppliedThrough.Add(0);
        }

        var (fresh, through) = InboxLedger.Fresh(batch, AppliedThrough[bucket]);
        AppliedThrough[bucket] = through;
        return fresh;
    }
}
