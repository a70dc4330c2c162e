using System.Text.Json;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.Hosting;
using Ise.Gateway.Live;
using Ise.Security;
using Microsoft.AspNetCore.Authentication;

namespace Ise.Gateway.Security;

/// <summary>
/// People's sign-in: <c>POST /auth/signin</c> (JSON <c>{email, password}</c>) sets the session cookie,
/// <c>POST /auth/signout</c> ends it, <c>GET /signin</c> is the sign-in page. Both posts need the CSRF header
/// (<see cref="CsrfHeaderCheck"/>).
/// </summary>
public static class SignInEndpoints
{
    public const string SignInPagePath = "/signin";
    private const int MaxBodyBytes = 4 * 1024;
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapIseSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(CsrfHeaderCheck.AuthPathPrefix + "/signin", SignInAsync).AllowAnonymous();
        endpoints.MapPost(CsrfHeaderCheck.AuthPathPrefix + "/signout", async (HttpContext http) =>
        {
            await http.SignOutAsync(PersonCookie.SchemeName);
            return Results.NoContent();
        }).AllowAnonymous();
        endpoints.MapLivePage(SignInPagePath, "signin.html");
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, PersonSignIn signIn, TimeProvider time)
    {
        var request = await ReadAsync(http.Request);
        if (request is not { Email.Length: > 0, Password.Length: > 0 })
        {
            return HttpRefusals.Problem(StatusCodes.Status400BadRequest, ErrorCodes.Validation,
                $"Send a JSON body {{\"email\": \"…\", \"password\": \"…\"}} of at most {MaxBodyBytes / 1024} KiB with both fields.");
        }

        var (signed, refusal) = await signIn.AttemptAsync(request.Email, request.Password);
        if (refusal is not null)
        {
            return HttpRefusals.Problem(refusal.Status, refusal.Code, refusal.Message);
        }

        var account = signed!.Account;
        var properties = new AuthenticationProperties { IsPersistent = false, AllowRefresh = true };
        PersonCookieEvents.Stamp(properties, time.GetUtcNow());
        await http.SignInAsync(PersonCookie.SchemeName, PersonPrincipal.Create(account, signed.SecurityStamp), properties);
        return Results.Ok(new { name = account.Email, displayName = account.DisplayName, role = account.Role.ToString(), scope = account.Scope });
    }

    private static async Task<SignInRequest?> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength is > MaxBodyBytes || !request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            var buffer = new byte[MaxBodyBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
            {
                length += read;
            }

            return length > MaxBodyBytes ? null : JsonSerializer.Deserialize<SignInRequest>(buffer.AsSpan(0, length), s_json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
