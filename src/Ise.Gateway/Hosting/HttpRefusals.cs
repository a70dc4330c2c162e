using System.Globalization;
using Ise.Errors;
using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.Hosting;

/// <summary>
/// The one shape of a refusal outside <c>/graphql</c>: <c>application/problem+json</c> (RFC 9457) with a
/// <c>code</c> member from the API's vocabulary (<see cref="ErrorCodes"/>), a <c>field</c> when an input
/// is at fault, and <c>Retry-After</c> where retrying helps. Refusals the framework answers with an
/// empty body (a failed challenge or forbid, a route that does not take the method) get the same shape
/// from <see cref="UseIseRefusalBodies"/>.
/// </summary>
public static class HttpRefusals
{
    public static IResult Problem(int status, string code, string message, string? field = null, IReadOnlyDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null)
        {
            extensions["field"] = field;
        }

        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return Results.Problem(message, statusCode: status, extensions: extensions);
    }

    /// <summary>A refusal from the grains or the edge checks, with the status its code calls for.</summary>
    public static IResult From(IseException refusal) =>
        Problem(refusal.Code switch
        {
            IseErrorCode.NotFound => StatusCodes.Status404NotFound,
            IseErrorCode.Conflict => StatusCodes.Status409Conflict,
            IseErrorCode.Forbidden => StatusCodes.Status403Forbidden,
            IseErrorCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        }, ErrorCodes.Of(refusal.Code), refusal.Message, refusal.Field);

    /// <summary>Writes a 503 <c>UNAVAILABLE</c> with <c>Retry-After</c>: the platform cannot answer now, the same request later can.</summary>
    public static Task WriteUnavailableAsync(HttpContext http, string message, int retryAfterSeconds) =>
        WriteRetryLaterAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Unavailable, message, retryAfterSeconds);

    /// <summary>Writes a refusal that the same request can overcome later (429, 503): its code, <c>Retry-After</c> and <c>retryAfterSeconds</c>.</summary>
    public static Task WriteRetryLaterAsync(HttpContext http, int status, string code, string message, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Problem(status, code, message,
            more: new Dictionary<string, object?> { ["retryAfterSeconds"] = retryAfterSeconds }).ExecuteAsync(http);
    }

    /// <summary>Gives every refusal that would leave with an empty body (401, 403, 404, 405, ...) the problem shape with its code.</summary>
    public static IApplicationBuilder UseIseRefusalBodies(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            var status = http.Response.StatusCode;
            return Problem(status, CodeOf(status), MessageOf(status, http.Request)).ExecuteAsync(http);
        });

    private static string CodeOf(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthenticated,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        StatusCodes.Status409Conflict => ErrorCodes.Conflict,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.Unavailable,
        >= 500 => ErrorCodes.Internal,
        _ => ErrorCodes.Validation,
    };

    private static string MessageOf(int status, HttpRequest request) => status switch
    {
        StatusCodes.Status401Unauthorized => "Sign in at /signin or send an API key (header X-Api-Key).",
        StatusCodes.Status403Forbidden => "Your role or scope does not allow this request.",
        StatusCodes.Status404NotFound => "Nothing is found at this address.",
        StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed at this address.",
        >= 500 => "The request could not be completed because of an internal error.",
        _ => "The request was refused.",
    };
}
