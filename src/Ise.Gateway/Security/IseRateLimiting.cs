using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Ise.Gateway.GraphQL.Transport;
using Microsoft.AspNetCore.RateLimiting;

namespace Ise.Gateway.Security;

/// <summary>
/// ASP.NET Core's rate limiter, partitioned by caller: each API key and each signed-in user has its
/// own token bucket, anonymous callers one per IP address. Health probes are never limited. A refusal
/// is a 429 with <c>Retry-After</c> and a GraphQL-shaped error (<c>extensions.code</c> = <c>RATE_LIMITED</c>).
/// </summary>
public static class IseRateLimiting
{
    public const string ErrorCode = "RATE_LIMITED";

    public static WebApplicationBuilder AddIseRateLimiting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection($"{IseKeys.ConfigurationSection}:RateLimit").Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (options.PermitsPerMinute < 1 || options.AnonymousPermitsPerMinute < 1 || options.Burst is < 1)
        {
            throw new InvalidOperationException("Ise:RateLimit: PermitsPerMinute, AnonymousPermitsPerMinute and Burst must be at least 1.");
        }

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options));
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions options)
    {
        if (http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }

        if (IseCaller.From(http.User) is { } caller)
        {
            var key = $"caller:{http.User.Identity!.AuthenticationType}:{caller.Name}:{caller.Role}:{caller.Scope}";
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(options.PermitsPerMinute, options.Burst ?? options.PermitsPerMinute));
        }

        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetTokenBucketLimiter("ip:" + address, _ => Bucket(options.AnonymousPermitsPerMinute, options.AnonymousPermitsPerMinute));
    }

    /// <summary>
    /// Refills at least a second's worth at a time, so that even very high limits (tests) run one
    /// timer a second, not one per token.
    /// </summary>
    private static TokenBucketRateLimiterOptions Bucket(int perMinute, int burst)
    {
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, TimeSpan.TicksPerMinute / perMinute));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = Math.Max(1, (int)(perMinute * period.Ticks / TimeSpan.TicksPerMinute)),
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = MediaTypes.Json;
        var who = IseCaller.From(context.HttpContext.User) is { } caller ? $"the credentials of {caller.Name}" : "this address";
        var body = new
        {
            errors = new[]
            {
                new
                {
                    message = $"Too many requests from {who}: retry after {seconds} s.",
                    extensions = new { code = ErrorCode, retryAfterSeconds = seconds },
                },
            },
        };
        await JsonSerializer.SerializeAsync(response.Body, body, cancellationToken: cancellationToken);
    }
}
