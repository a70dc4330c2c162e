using System.Text.Json;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Transport;
using Ise.Gateway.Hosting;

namespace Ise.Gateway.Security;

/// <summary>
/// Answers a request whose session could not be checked (<see cref="AccountCheckUnavailableException"/>)
/// with 503 <c>UNAVAILABLE</c> and <c>Retry-After</c> instead of a 500, and leaves the cookie as it was:
/// a GraphQL-shaped error on <c>/graphql</c>, a problem response everywhere else. Runs before authentication.
/// </summary>
public static partial class AccountCheckUnavailableAnswer
{
    public const int RetryAfterSeconds = 5;

    private const string Message = "Your session could not be checked because the platform's storage is not reachable right now; you are still signed in. Retry in a few seconds.";

    public static IApplicationBuilder UseIseAccountCheckUnavailableAnswer(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (AccountCheckUnavailableException unavailable) when (!http.Response.HasStarted)
            {
                LogUnavailable(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountCheckUnavailableAnswer)), unavailable.Email, unavailable.InnerException?.Message ?? "");
                await WriteAsync(http);
            }
        });

    private static async Task WriteAsync(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            await HttpRefusals.WriteUnavailableAsync(http, Message, RetryAfterSeconds);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.ContentType = MediaTypes.Json;
        var body = new { errors = new[] { new { message = Message, extensions = new { code = ErrorCodes.Unavailable, retryAfterSeconds = RetryAfterSeconds } } } };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session of {Email} not checked: its account did not answer ({Problem}); answered 503, session kept")]
    private static partial void LogUnavailable(ILogger logger, string email, string problem);
}
