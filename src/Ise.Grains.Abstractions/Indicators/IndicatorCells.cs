using Ise.Programme;
using Ise.Smes;

namespace Ise.Indicators;

/// <summary>
/// The names of breakdown cells (<c>total</c>, <c>region:kent</c>, <c>partner:aditec</c>,
/// <c>sector:mechatronics</c>, <c>activity:taster-session</c>, <c>size:micro</c>) and of counter keys.
/// </summary>
public static class IndicatorCells
{
    public const string Total = "total";

    public static string Region(Region region) => "region:" + ProgrammeCatalog.Describe(region).Slug;

    public static string Partner(string partnerId) => "partner:" + partnerId;

    public static string Sector(Sector sector) => "sector:" + ProgrammeCatalog.Describe(sector).Slug;

    public static string Activity(ActivityKind kind) => "activity:" + ProgrammeCatalog.Describe(kind).Slug;

    public static string Size(SizeBand band) => "size:" + band.ToString().ToLowerInvariant();

    public static IndicatorDimension DimensionOf(string cell) => cell[..Math.Max(0, cell.IndexOf(':', StringComparison.Ordinal))] switch
    {
        "region" => IndicatorDimension.Region,
        "partner" => IndicatorDimension.Partner,
        "sector" => IndicatorDimension.Sector,
        "activity" => IndicatorDimension.ActivityKind,
        "size" => IndicatorDimension.SizeBand,
        _ => IndicatorDimension.Total,
    };

    /// <summary>The value part of a cell name (empty for the total).</summary>
    public static string ValueOf(string cell) => cell[(cell.IndexOf(':', StringComparison.Ordinal) + 1)..] is var value && cell != Total ? value : "";

    /// <summary>The key a counter keeps a figure under: indicator and cell.</summary>
    public static string CounterKey(Indicator indicator, string cell) => $"{Slug(indicator)}|{cell}";

    public static string Slug(Indicator indicator) => indicator switch
    {
        Indicator.EnterprisesSupported => "enterprises-supported",
        Indicator.EnterprisesNonFinancialSupport => "enterprises-non-financial-support",
        Indicator.EnterprisesAssessed => "enterprises-assessed",
        Indicator.CrossBorderParticipations => "cross-border-participations",
        Indicator.OrganisationsCooperating => "organisations-cooperating",
        Indicator.ClusterMembers => "cluster-members",
        Indicator.Attendances => "attendances",
        Indicator.WalkIns => "walk-ins",
        Indicator.NoShows => "no-shows",
        Indicator.EventsHeld => "events-held",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };
}
