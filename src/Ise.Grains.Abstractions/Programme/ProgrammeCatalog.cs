using System.Collections.Frozen;

namespace Ise.Programme;

/// <summary>
/// The programme's reference data (DESIGN.md, "The programme's vocabulary"). It is fixed by the
/// programme, so it is versioned with the code rather than stored; every process has the same copy.
/// </summary>
public static class ProgrammeCatalog
{
    public static IReadOnlyList<RegionInfo> Regions { get; } =
    [
        new(Region.Kent, "kent", "Kent", Country.GB, "Europe/London"),
        new(Region.HautsDeFrance, "hauts-de-france", "Hauts-de-France", Country.FR, "Europe/Brussels"),
        new(Region.EastFlanders, "east-flanders", "East Flanders", Country.BE, "Europe/Brussels"),
        new(Region.WestFlanders, "west-flanders", "West Flanders", Country.BE, "Europe/Brussels"),
        new(Region.SouthWestNetherlands, "south-west-netherlands", "South-West Netherlands", Country.NL, "Europe/Brussels"),
    ];

    /// <summary>
    /// The partner organisations: the programme's seven, plus (in the benchmark process only) the
    /// simulated ones <see cref="AddSimulatedPartners"/> added.
    /// </summary>
    public static IReadOnlyList<PartnerInfo> Partners => s_partnerList;

    private static readonly IReadOnlyList<PartnerInfo> s_programmePartners =
    [
        new("kent-county-council", "Kent County Council", Region.Kent, IsLeadPartner: true),
        new("kent-invicta-chamber", "Kent Invicta Chamber of Commerce", Region.Kent, IsLeadPartner: false),
        new("aditec", "ADITEC", Region.HautsDeFrance, IsLeadPartner: false),
        new("voka-east-flanders", "VOKA East Flanders", Region.EastFlanders, IsLeadPartner: false),
        new("voka-west-flanders", "VOKA West Flanders", Region.WestFlanders, IsLeadPartner: false),
        new("pom-west-flanders", "POM West Flanders", Region.WestFlanders, IsLeadPartner: false),
        new("innovatiehuis", "Innovatiehuis", Region.SouthWestNetherlands, IsLeadPartner: false),
    ];

    public static IReadOnlyList<SectorInfo> Sectors { get; } =
    [
        new(Sector.FoodAndDrink, "food-and-drink", "Food & Drink"),
        new(Sector.Mechatronics, "mechatronics", "Mechatronics"),
        new(Sector.DigitalAndCreative, "digital-and-creative", "Digital & Creative"),
        new(Sector.NewMaterials, "new-materials", "New Materials"),
    ];

    public static IReadOnlyList<ActivityKindInfo> ActivityKinds { get; } =
    [
        new(ActivityKind.TasterSession, "taster-session", "Taster Session"),
        new(ActivityKind.SectorWorkshop, "sector-workshop", "Sector-Focused Workshop"),
        new(ActivityKind.CrossBorderEvent, "cross-border-event", "Cross-Border Event (Innovation Pathway Programme)"),
        new(ActivityKind.MajorInnovationEvent, "major-innovation-event", "Major Innovation Event"),
        new(ActivityKind.DiagnosticAssessment, "diagnostic-assessment", "1-2-1 Diagnostic Assessment"),
        new(ActivityKind.ClusterMembership, "cluster-membership", "Cluster membership"),
    ];

    private static readonly FrozenDictionary<Region, RegionInfo> s_regions = Regions.ToFrozenDictionary(r => r.Region);
    private static readonly FrozenDictionary<Sector, SectorInfo> s_sectors = Sectors.ToFrozenDictionary(s => s.Sector);
    private static readonly FrozenDictionary<ActivityKind, ActivityKindInfo> s_kinds = ActivityKinds.ToFrozenDictionary(k => k.Kind);
    private static volatile IReadOnlyList<PartnerInfo> s_partnerList = s_programmePartners;
    private static volatile FrozenDictionary<string, PartnerInfo> s_partners =
        s_programmePartners.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);

    public static RegionInfo Describe(Region region) => s_regions[region];

    public static SectorInfo Describe(Sector sector) => s_sectors[sector];

    public static ActivityKindInfo Describe(ActivityKind kind) => s_kinds[kind];

    /// <summary>The kinds of activity that are events (the others are not held as events).</summary>
    public static bool IsEventKind(ActivityKind kind) =>
        kind is ActivityKind.TasterSession or ActivityKind.SectorWorkshop or ActivityKind.CrossBorderEvent or ActivityKind.MajorInnovationEvent;

    public static bool TryFindPartner(string partnerId, out PartnerInfo partner) =>
        s_partners.TryGetValue(partnerId, out partner!);

    public static bool TryFindSector(string slug, out Sector sector)
    {
        var found = Sectors.FirstOrDefault(s => s.Slug == slug);
        sector = found?.Sector ?? default;
        return found is not null;
    }

    public static bool IsPartner(string partnerId) => s_partners.ContainsKey(partnerId);

    /// <summary>
    /// Adds partner organisations to this process's catalogue, for the benchmark's network-scale
    /// simulation only (internal, visible to the benchmark assembly alone): production code cannot
    /// reach it, so production validation accepts exactly the programme's seven partners. Call it
    /// before the silo starts; ids already present are refused.
    /// </summary>
    internal static void AddSimulatedPartners(IReadOnlyCollection<PartnerInfo> partners)
    {
        var list = s_partnerList.Concat(partners).ToList();
        var byId = list.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        if (byId.Count != list.Count)
        {
            throw new ArgumentException("A simulated partner has the id of a partner already in the catalogue.", nameof(partners));
        }

        s_partners = byId;
        s_partnerList = list.AsReadOnly();
    }
}
