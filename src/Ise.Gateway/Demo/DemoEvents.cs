using Ise.Events;
using Ise.Programme;

namespace Ise.Gateway.Demo;

/// <summary>The embedded mode's demo events: one of each kind, in every life-cycle status, titled "[Demo] ...".</summary>
public static class DemoEvents
{
    public const string TasterId = "ev-demo-taster";
    public const string WorkshopId = "ev-demo-workshop";
    public const string CrossBorderId = "ev-demo-cross-border";
    public const string MajorId = "ev-demo-major";
    public const string DraftId = "ev-demo-draft";

    /// <summary>The demo events relative to today: id, definition and the status to bring it to.</summary>
    public static IReadOnlyList<(string Id, CreateEvent Definition, EventStatus Status)> Relative(DateOnly today) =>
    [
        (TasterId, Event("Innovation taster: digital tools for small firms", ActivityKind.TasterSession, "kent-county-council",
            Region.Kent, [Sector.DigitalAndCreative, Sector.FoodAndDrink], today, 9, "Kent Innovation Centre, Broadstairs", 40), EventStatus.Live),
        (WorkshopId, Event("Mechatronics sector workshop: sensors and automation", ActivityKind.SectorWorkshop, "voka-east-flanders",
            Region.EastFlanders, [Sector.Mechatronics], today, 13, "VOKA house, Ghent", 25), EventStatus.Live),
        (CrossBorderId, Event("Innovation Pathway: new materials cross-border days", ActivityKind.CrossBorderEvent, "aditec",
            Region.HautsDeFrance, [Sector.NewMaterials, Sector.Mechatronics, Sector.FoodAndDrink], today.AddDays(-30), 9, "Arras business park", 60), EventStatus.Closed),
        (MajorId, Event("Major innovation event: digital and creative", ActivityKind.MajorInnovationEvent, "innovatiehuis",
            Region.SouthWestNetherlands, [Sector.DigitalAndCreative], today.AddDays(21), 10, "Middelburg congress centre", 150), EventStatus.Open),
        (DraftId, Event("Food & drink taster (planning)", ActivityKind.TasterSession, "pom-west-flanders",
            Region.WestFlanders, [Sector.FoodAndDrink], today.AddDays(45), 14, "Bruges", 30), EventStatus.Draft),
    ];

    private static CreateEvent Event(string title, ActivityKind kind, string host, Region region, IReadOnlyList<Sector> sectors, DateOnly day, int hour, string venue, int capacity) =>
        new(DemoSmes.Label + title, kind, host, region, sectors, day.ToDateTime(new TimeOnly(hour, 0)), day.ToDateTime(new TimeOnly(hour + 4, 0)), venue, capacity, null);
}
