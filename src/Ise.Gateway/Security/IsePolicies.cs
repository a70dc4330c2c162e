using Ise.Security;
using Microsoft.AspNetCore.Authorization;

namespace Ise.Gateway.Security;

/// <summary>
/// The named policies that the GraphQL layer, the endpoints and the hubs check. Each admits a set of
/// roles; what a role may touch within that (its scope) is checked against the resource by
/// <see cref="IseCaller"/>.
/// </summary>
public static class IsePolicies
{
    /// <summary>Any authenticated ISE caller.</summary>
    public const string Caller = "ise:caller";

    /// <summary>Programme-wide administration: indicators, freezing, key management, erasure.</summary>
    public const string Secretariat = "ise:secretariat";

    /// <summary>Register and follow SMEs.</summary>
    public const string ManageSmes = "ise:manage-smes";

    /// <summary>Create, publish and close events; register attendees.</summary>
    public const string ManageEvents = "ise:manage-events";

    /// <summary>Check attendees in at the door and watch arrivals.</summary>
    public const string CheckIn = "ise:check-in";

    /// <summary>Read and post in sector cluster feeds.</summary>
    public const string ClusterFeed = "ise:cluster-feed";

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(Caller, p => p.RequireAuthenticatedUser());
        Add(options, Secretariat, IseRole.Secretariat);
        Add(options, ManageSmes, IseRole.Secretariat, IseRole.PartnerStaff);
        Add(options, ManageEvents, IseRole.Secretariat, IseRole.PartnerStaff, IseRole.EventOrganiser);
        Add(options, CheckIn, IseRole.Secretariat, IseRole.PartnerStaff, IseRole.EventOrganiser, IseRole.DoorStaff);
        Add(options, ClusterFeed, IseRole.Secretariat, IseRole.PartnerStaff, IseRole.ClusterMember);
    }

    private static void Add(AuthorizationOptions options, string name, params IseRole[] roles) =>
        options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())));
}
