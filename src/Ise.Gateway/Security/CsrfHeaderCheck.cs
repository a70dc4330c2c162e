using Ise.Gateway.Hosting;

namespace Ise.Gateway.Security;

/// <summary>
/// The CSRF rule: a request with an unsafe method (POST, PUT, PATCH, DELETE) authenticated by the sign-in
/// cookie, and every such request to <c>/auth/...</c> (signed in or not), must carry <see cref="PersonCookie.CsrfHeader"/>; otherwise
/// 403 with a message saying so, before anything runs. API-key requests are exempt: a browser never adds a key
/// on its own.
/// </summary>
public static class CsrfHeaderCheck
{
    public const string AuthPathPrefix = "/auth";

    public static IApplicationBuilder UseIseCsrfHeaderCheck(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (Requires(http) && !http.Request.Headers.ContainsKey(PersonCookie.CsrfHeader))
            {
                await HttpRefusals.Problem(StatusCodes.Status403Forbidden, "CSRF_HEADER_MISSING",
                    $"A request signed in with the session cookie must carry the header {PersonCookie.CsrfHeader} (any value): it protects against cross-site request forgery. The dashboard pages send it; scripts send it or use an API key.")
                    .ExecuteAsync(http);
                return;
            }

            await next(http);
        });

    private static bool Requires(HttpContext http)
    {
        var method = http.Request.Method;
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
        return unsafeMethod
            && (PersonPrincipal.IsPerson(http.User) || http.Request.Path.StartsWithSegments(AuthPathPrefix, StringComparison.OrdinalIgnoreCase));
    }
}
