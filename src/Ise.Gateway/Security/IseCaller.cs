using System.Security.Claims;
using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>Who is calling, as the authorization checks see it: a role and what it is scoped to.</summary>
public sealed record IseCaller(string Name, IseRole Role, string? Scope)
{
    public static IseCaller? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Enum.TryParse<IseRole>(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        return new IseCaller(principal.Identity.Name ?? "", role, principal.FindFirstValue(IseClaimTypes.Scope));
    }

    public bool IsSecretariat => Role == IseRole.Secretariat;

    /// <summary>Partner staff and organisers act for one partner; the secretariat for all.</summary>
    public bool ActsForPartner(string partnerId) =>
        IsSecretariat || (Role is IseRole.PartnerStaff or IseRole.EventOrganiser && string.Equals(Scope, partnerId, StringComparison.Ordinal));

    /// <summary>
    /// Whose event details the caller may read: door staff their own event only (they work one door);
    /// every other role any event's public details (title, kind, dates, seats).
    /// </summary>
    public bool SeesEvent(string eventId) => Role != IseRole.DoorStaff || string.Equals(Scope, eventId, StringComparison.Ordinal);

    /// <summary>Door staff are scoped to one event.</summary>
    public bool ActsForEvent(string eventId, string hostPartnerId) =>
        ActsForPartner(hostPartnerId) || (Role == IseRole.DoorStaff && string.Equals(Scope, eventId, StringComparison.Ordinal));
}
