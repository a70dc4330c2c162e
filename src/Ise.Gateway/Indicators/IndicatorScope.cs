using Ise.Gateway.Security;
using Ise.Indicators;
using Ise.Security;

namespace Ise.Gateway.Indicators;

/// <summary>
/// What of the indicators a caller sees: the secretariat everything; partner staff their own
/// partner's figures (the partner breakdown cell of their partner) and the evidence behind them.
/// Other roles see none.
/// </summary>
public sealed record IndicatorScope(string? PartnerId)
{
    public static IndicatorScope? Of(IseCaller? caller) => caller switch
    {
        { Role: IseRole.Secretariat } => new IndicatorScope((string?)null),
        { Role: IseRole.PartnerStaff, Scope: { } partner } => new IndicatorScope(partner),
        _ => null,
    };

    public IReadOnlyCollection<IndicatorDimension> Breakdowns(IReadOnlyCollection<IndicatorDimension> requested) =>
        PartnerId is null ? requested : [IndicatorDimension.Partner];

    public bool Sees(IndicatorFigure figure) => PartnerId is null || figure.Cell == IndicatorCells.Partner(PartnerId);

    public bool Sees(IndicatorEvidence evidence) => PartnerId is null || evidence.Cells.Contains(IndicatorCells.Partner(PartnerId));

    /// <summary>The report with only what the scope sees.</summary>
    public IndicatorReport Filter(IndicatorReport report) => report with { Figures = [.. report.Figures.Where(Sees)] };
}
