using Ise.Programme;

namespace Ise.Indicators;

/// <summary>
/// One thing an SME (or event) is counted for: under <see cref="Key"/> (unique for its subject), on
/// the local <see cref="Date"/> it first qualified, in the breakdown <see cref="Cells"/>, with the
/// engagement that qualified it (partner, activity, event, journey entry) as evidence.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.indicator-credit")]
public sealed record IndicatorCredit(
    [property: Id(0)] Indicator Indicator,
    [property: Id(1)] string Key,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] IReadOnlyList<string> Cells,
    [property: Id(4)] string? PartnerId,
    [property: Id(5)] ActivityKind? Activity,
    [property: Id(6)] string? EventId,
    [property: Id(7)] string Source)
{
    /// <summary>Same credit: compares the cells by content (records compare lists by reference).</summary>
    public bool SameAs(IndicatorCredit other) =>
        Indicator == other.Indicator && Key == other.Key && Date == other.Date && PartnerId == other.PartnerId
        && Activity == other.Activity && EventId == other.EventId && Source == other.Source && Cells.SequenceEqual(other.Cells);
}
