using System.Security.Claims;
using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// The principal of a signed-in person: the same claims as an API key's (name, role, scope), so every
/// check works alike, plus the display name and the security stamp the session began with.
/// </summary>
public static class PersonPrincipal
{
    public static ClaimsPrincipal Create(PersonAccountView account, string securityStamp)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.Email),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(IseClaimTypes.DisplayName, account.DisplayName),
            new(IseClaimTypes.SecurityStamp, securityStamp),
        };
        if (!string.IsNullOrEmpty(account.Scope))
        {
            claims.Add(new Claim(IseClaimTypes.Scope, account.Scope));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, PersonCookie.SchemeName));
    }

    /// <summary>Whether the request was authenticated by a sign-in cookie (not by an API key).</summary>
    public static bool IsPerson(ClaimsPrincipal principal) =>
        principal.Identity is { IsAuthenticated: true, AuthenticationType: PersonCookie.SchemeName };
}
