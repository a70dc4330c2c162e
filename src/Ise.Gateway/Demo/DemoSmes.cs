using Ise.Programme;
using Ise.Smes;

namespace Ise.Gateway.Demo;

/// <summary>
/// The embedded mode's demo firms: fictional, every name starting with "[Demo]", with company ids
/// that pass their register's checks. Never seeded in cluster mode.
/// </summary>
public static class DemoSmes
{
    public const string Label = "[Demo] ";

    public static IReadOnlyList<RegisterSme> All { get; } =
    [
        Firm(Country.GB, "08123456", "Medway Precision Ltd", Region.Kent, Sector.Mechatronics, 34, "kent-invicta-chamber"),
        Firm(Country.GB, "09876543", "Canterbury Craft Foods Ltd", Region.Kent, Sector.FoodAndDrink, 12, "kent-county-council"),
        Firm(Country.GB, "11223344", "Thanet Pixel Studio Ltd", Region.Kent, Sector.DigitalAndCreative, 6, "kent-county-council"),
        Firm(Country.FR, "732829320", "Atelier Composites Arras", Region.HautsDeFrance, Sector.NewMaterials, 48, "aditec"),
        Firm(Country.FR, "552100554", "Boulangerie Numérique Lille", Region.HautsDeFrance, Sector.FoodAndDrink, 9, "aditec"),
        Firm(Country.FR, "443061841", "Robotique Côte d'Opale", Region.HautsDeFrance, Sector.Mechatronics, 120, "aditec"),
        Firm(Country.BE, "0403170701", "Gentse Sensoren", Region.EastFlanders, Sector.Mechatronics, 22, "voka-east-flanders"),
        Firm(Country.BE, "0458422196", "Leie Media", Region.EastFlanders, Sector.DigitalAndCreative, 15, "voka-east-flanders"),
        Firm(Country.BE, "0877323428", "Brugse Bioplastics", Region.WestFlanders, Sector.NewMaterials, 31, "pom-west-flanders"),
        Firm(Country.BE, "0622018240", "Kortrijk Smart Textiles", Region.WestFlanders, Sector.NewMaterials, 75, "voka-west-flanders"),
        Firm(Country.BE, "0411195272", "Oostende Seafood Lab", Region.WestFlanders, Sector.FoodAndDrink, 18, "pom-west-flanders"),
        Firm(Country.NL, "20123456", "Zeeuwse Zilte Teelt", Region.SouthWestNetherlands, Sector.FoodAndDrink, 8, "innovatiehuis"),
        Firm(Country.NL, "20987654", "Vlissingen Drone Works", Region.SouthWestNetherlands, Sector.Mechatronics, 27, "innovatiehuis"),
        Firm(Country.NL, "21345678", "Middelburg Game Studio", Region.SouthWestNetherlands, Sector.DigitalAndCreative, 11, "innovatiehuis"),
    ];

    public static string IdOf(RegisterSme firm) => IseKeys.Sme(firm.Country, firm.CompanyId!);

    private static RegisterSme Firm(Country country, string companyId, string name, Region region, Sector sector, int staff, string partner) => new(
        country, companyId, Label + name, region, sector, staff,
        new Money(staff * 95_000m, country == Country.GB ? Currency.GBP : Currency.EUR),
        new Money(staff * 60_000m, country == Country.GB ? Currency.GBP : Currency.EUR),
        partner, []);
}
