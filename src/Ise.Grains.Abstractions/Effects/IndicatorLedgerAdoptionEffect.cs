using Ise.Indicators;

namespace Ise.Effects;

/// <summary>
/// An SME written before indicator ledgers existed hands what it was credited for, and its indicator
/// outbox (pending entries and the next sequence, so the counter buckets keep dropping what they
/// already applied), to its ledger. The ledger adopts it only as the first thing it ever receives.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.effect.indicator-ledger-adoption")]
public sealed record IndicatorLedgerAdoptionEffect(
    [property: Id(0)] IReadOnlyList<IndicatorCredit> Credited,
    [property: Id(1)] long NextSequence,
    [property: Id(2)] IReadOnlyList<OutboxEntry> Pending) : Effect;
