using Ise.Gateway.Demo;
using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// Well-known keys that embedded mode (a developer's machine, demo data only) accepts so the API can
/// be tried at once. Cluster mode has none: its keys come from configuration, hashed.
/// </summary>
public static class DevelopmentApiKeys
{
    public static IReadOnlyList<(string Key, ApiKeyEntry Entry)> All { get; } =
    [
        Make("dev-secretariat", "Programme secretariat (development)", IseRole.Secretariat, null),
        Make("dev-partner-aditec", "ADITEC staff (development)", IseRole.PartnerStaff, "aditec"),
        Make("dev-partner-kcc", "Kent County Council staff (development)", IseRole.PartnerStaff, "kent-county-council"),
        Make("dev-organiser-voka-east", "VOKA East Flanders event organiser (development)", IseRole.EventOrganiser, "voka-east-flanders"),
        Make("dev-door-workshop", "Door staff of the demo workshop (development)", IseRole.DoorStaff, DemoEvents.WorkshopId),
        Make("dev-member-gentse-sensoren", "Member of Gentse Sensoren (development)", IseRole.ClusterMember, "BE-0403170701"),
    ];

    private static (string, ApiKeyEntry) Make(string key, string name, IseRole role, string? scope) =>
        (key, new ApiKeyEntry { Name = name, KeyHash = ApiKeyStore.Hash(key), Role = role, Scope = scope });
}
