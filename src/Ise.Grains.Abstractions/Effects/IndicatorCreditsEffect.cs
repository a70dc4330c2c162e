using Ise.Indicators;

namespace Ise.Effects;

/// <summary>
/// Credits given or withdrawn by one subject (an SME, or an event for events held) for one counter
/// bucket of one period, booked on a local date (when a frozen period's credit turns into an
/// adjustment, the adjustment goes to the period of that date or later, naming the frozen period it
/// corrects in <see cref="AdjustsPeriod"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.effect.indicator-credits")]
public sealed record IndicatorCreditsEffect(
    [property: Id(0)] string SubjectId,
    [property: Id(1)] string SubjectName,
    [property: Id(2)] DateOnly BookedOn,
    [property: Id(3)] bool Adjustment,
    [property: Id(4)] IReadOnlyList<IndicatorChange> Changes,
    [property: Id(5)] string? AdjustsPeriod = null) : Effect;
