using Ise.Gateway.Demo;
using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// People who can sign in to embedded mode (a developer's machine, demo data only), one per role with the
/// roles and scopes of <see cref="DevelopmentApiKeys"/>; their passwords are printed at start. Cluster
/// mode has none: the first secretariat creates accounts with a configured API key.
/// </summary>
public static class DevelopmentPeople
{
    public static IReadOnlyList<DevelopmentPerson> All { get; } =
    [
        Make("secretariat", "Programme secretariat (development)", IseRole.Secretariat, null),
        Make("partner-aditec", "ADITEC staff (development)", IseRole.PartnerStaff, "aditec"),
        Make("partner-kcc", "Kent County Council staff (development)", IseRole.PartnerStaff, "kent-county-council"),
        Make("organiser-voka-east", "VOKA East Flanders event organiser (development)", IseRole.EventOrganiser, "voka-east-flanders"),
        Make("door-workshop", "Door staff of the demo workshop (development)", IseRole.DoorStaff, DemoEvents.WorkshopId),
        Make("member-gentse-sensoren", "Member of Gentse Sensoren (development)", IseRole.ClusterMember, "BE-0403170701"),
    ];

    private static DevelopmentPerson Make(string who, string displayName, IseRole role, string? scope) =>
        new($"{who}@dev.ise.example", $"dev-{who}-password", displayName, role, scope);
}
