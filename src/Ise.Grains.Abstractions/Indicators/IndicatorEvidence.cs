using Ise.Programme;

namespace Ise.Indicators;

/// <summary>
/// One row of the evidence behind the figures of a period: the subject (company id and name, or an
/// event), the engagement that qualified it (date, partner, activity, event), the cells it counts
/// in, +1 or −1 (a withdrawn credit), and whether it is an adjustment booked here for a frozen period
/// (<see cref="AdjustsPeriod"/>: the key of that frozen period).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-evidence")]
public sealed record IndicatorEvidence(
    [property: Id(0)] Indicator Indicator,
    [property: Id(1)] string SubjectId,
    [property: Id(2)] string SubjectName,
    [property: Id(3)] DateOnly Date,
    [property: Id(4)] string? PartnerId,
    [property: Id(5)] ActivityKind? Activity,
    [property: Id(6)] string? EventId,
    [property: Id(7)] IReadOnlyList<string> Cells,
    [property: Id(8)] int Delta,
    [property: Id(9)] bool Adjustment,
    [property: Id(10)] DateOnly BookedOn,
    [property: Id(11)] string? AdjustsPeriod = null);
