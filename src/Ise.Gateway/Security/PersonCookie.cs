namespace Ise.Gateway.Security;

/// <summary>The names of people's sign-in: the cookie scheme, the cookie, and the CSRF header every unsafe cookie request carries.</summary>
public static class PersonCookie
{
    public const string SchemeName = "PersonCookie";

    public const string CookieName = "ise.session";

    /// <summary>
    /// Sent by the pages with every POST; a cross-site form cannot send it, and a cross-site script could
    /// only after a CORS preflight, which the gateway never allows.
    /// </summary>
    public const string CsrfHeader = "X-Ise-Csrf";

    /// <summary>Where the time of the last check against the account is kept in the cookie's properties.</summary>
    public const string ValidatedAtItem = "ise.validated-at";
}
