using System.Globalization;
using System.Security.Claims;
using Ise.Errors;
using Ise.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Security;

/// <summary>
/// The sign-in cookie's behaviour beyond the defaults. API and hub requests never get a redirect to a
/// login page: 401 or 403 (the pages send the person to <c>/signin</c> themselves). A session is checked
/// against its account once per <see cref="SignInOptions.ValidationInterval"/> (one grain call, the time
/// of the check travels in the cookie): a disabled account or a changed stamp ends it; an account that
/// cannot be read (no silo answers) ends nothing and the request gets 503 (<see cref="AccountCheckUnavailableAnswer"/>).
/// </summary>
public sealed partial class PersonCookieEvents(
    PersonAccounts accounts, IOptions<SignInOptions> options, TimeProvider time, ILogger<PersonCookieEvents> logger) : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = time.GetUtcNow();
        if (context.Properties.Items.TryGetValue(PersonCookie.ValidatedAtItem, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var validatedAt)
            && now - validatedAt < options.Value.ValidationInterval)
        {
            return;
        }

        var email = context.Principal?.FindFirstValue(ClaimTypes.Name);
        var stamp = context.Principal?.FindFirstValue(IseClaimTypes.SecurityStamp);
        var credentials = email is null ? null : await CredentialsAsync(email);
        if (credentials is null || credentials.Account.Disabled || !string.Equals(credentials.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            LogSessionEnded(logger, email ?? "(no email)");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PersonCookie.SchemeName);
            return;
        }

        Stamp(context.Properties, now);
        context.ShouldRenew = true;
    }

    /// <summary>The account's credentials; when its grain does not answer, <see cref="AccountCheckUnavailableException"/> (the session stays as it is).</summary>
    private async Task<PersonCredentials?> CredentialsAsync(string email)
    {
        try
        {
            return await accounts.Account(email).GetCredentialsAsync();
        }
        catch (Exception unreachable) when (unreachable is OrleansException or TimeoutException or IseException { Code: IseErrorCode.Unavailable })
        {
            throw new AccountCheckUnavailableException(email, unreachable);
        }
    }

    /// <summary>Records in the cookie's properties that the session was checked at <paramref name="at"/>.</summary>
    public static void Stamp(AuthenticationProperties properties, DateTimeOffset at) =>
        properties.Items[PersonCookie.ValidatedAtItem] = at.ToString("O", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session of {Email} ended: the account was disabled, removed or its password or role changed")]
    private static partial void LogSessionEnded(ILogger logger, string email);
}
