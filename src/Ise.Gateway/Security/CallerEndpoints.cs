using System.Security.Claims;

namespace Ise.Gateway.Security;

/// <summary><c>GET /api/me</c>: the caller's role and scope, as resolved from its API key or sign-in cookie.</summary>
public static class CallerEndpoints
{
    public static IEndpointRouteBuilder MapIseCaller(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/me", (HttpContext context) =>
        {
            var caller = IseCaller.From(context.User);
            return caller is null
                ? Results.Unauthorized()
                : Results.Ok(new
                {
                    name = caller.Name,
                    displayName = context.User.FindFirstValue(IseClaimTypes.DisplayName) ?? caller.Name,
                    role = caller.Role.ToString(),
                    scope = caller.Scope,
                    signedIn = PersonPrincipal.IsPerson(context.User),
                });
        }).RequireAuthorization(IsePolicies.Caller);
        return endpoints;
    }
}
