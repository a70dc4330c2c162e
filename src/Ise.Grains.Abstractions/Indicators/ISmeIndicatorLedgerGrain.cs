using Ise.Effects;

namespace Ise.Indicators;

/// <summary>
/// What one SME (key: the SME id) is credited for in the programme indicators, and the outbox that
/// carries the changes to the counter buckets. Fed only by its SME's outbox, when the SME's profile,
/// merge or journey changes; never activated when an SME is merely read.
/// </summary>
public interface ISmeIndicatorLedgerGrain : IEffectReceiver;
