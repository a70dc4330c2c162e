using Ise.Effects;
using Ise.Journal;

namespace Ise.Indicators;

/// <summary>
/// The first event of a ledger whose credits were kept before the journal (by the ledger stored
/// whole, or by the SME itself before ledgers existed): those credits, the deliveries already
/// applied, and the changes its outbox had not yet seen confirmed, sent again under their original
/// sender and sequence (a bucket that had applied one drops it).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-ledger.carried-over")]
public sealed record IndicatorLedgerCarriedOver(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] IReadOnlyDictionary<string, IndicatorCredit> Credited,
    [property: Id(3)] IReadOnlyDictionary<string, long> AppliedThrough,
    [property: Id(4)] string LegacySource,
    [property: Id(5)] IReadOnlyList<OutboxEntry> Undelivered) : IIndicatorLedgerEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        Undelivered.Select(e => new AddressedEffect(e.Target, e.TargetKey, e.Effect, new EffectOrigin(LegacySource, e.Sequence)));
}
