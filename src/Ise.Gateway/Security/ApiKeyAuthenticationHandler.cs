using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Security;

/// <summary>
/// Authenticates partner systems by API key, sent as <c>X-Api-Key: KEY</c> or
/// <c>Authorization: ApiKey KEY</c>. A request without a key stays anonymous; a wrong key fails.
/// On the hubs' paths only (<c>/hubs/...</c>) the key may also come as the SignalR client sends its
/// access token: <c>?access_token=KEY</c> (browsers cannot set headers on a WebSocket upgrade) or
/// <c>Authorization: Bearer KEY</c> (its negotiate request).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string HubPathPrefix = "/hubs";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!keys.TryFind(presented, out var entry))
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, entry.Name),
            new(ClaimTypes.Role, entry.Role.ToString()),
        };
        if (!string.IsNullOrEmpty(entry.Scope))
        {
            claims.Add(new Claim(IseClaimTypes.Scope, entry.Scope));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        return Task.CompletedTask;
    }

    /// <summary>The key the request presents (header, or on the hubs the access token), or null when it presents none.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        const string prefix = SchemeName + " ";
        if (authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[prefix.Length..].Trim();
        }

        if (!request.Path.StartsWithSegments(HubPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        const string bearer = "Bearer ";
        if (authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[bearer.Length..].Trim();
        }

        return request.Query.TryGetValue("access_token", out var token) && !string.IsNullOrWhiteSpace(token) ? token.ToString().Trim() : null;
    }
}
