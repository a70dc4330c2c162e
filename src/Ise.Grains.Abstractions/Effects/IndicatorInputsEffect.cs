using Ise.Smes;

namespace Ise.Effects;

/// <summary>
/// What an SME's credits are worked out from (its profile, the SME it was merged into, its journey),
/// as they stood after one write: sent to the SME's indicator ledger with every write that changes
/// them. Only the latest one matters to the ledger.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.effect.indicator-inputs")]
public sealed record IndicatorInputsEffect(
    [property: Id(0)] SmeProfile? Profile,
    [property: Id(1)] string? MergedInto,
    [property: Id(2)] IReadOnlyList<JourneyEntry> Journey) : Effect;
