using System.Threading.RateLimiting;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Transport;
using Ise.Gateway.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace Ise.Gateway.Security;

/// <summary>
/// ASP.NET Core's rate limiter for every endpoint but GraphQL (which spends points from a budget instead:
/// <see cref="GraphQL.Cost.PointBudgets"/>), partitioned by caller (<see cref="RateLimitedCaller"/>): each
/// API key and each signed-in person has its own token bucket, anonymous callers one per address. Health
/// probes are never limited. A refusal is a 429 with <c>Retry-After</c> in the problem shape of every
/// refusal outside GraphQL (<see cref="HttpRefusals"/>, <c>code</c> = <c>RATE_LIMITED</c>).
/// </summary>
public static class IseRateLimiting
{
    public static WebApplicationBuilder AddIseRateLimiting(this WebApplicationBuilder builder)
    {
        var options = RateLimitOptions.From(builder.Configuration);
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

        if (http.Request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter("graphql");
        }

        var caller = RateLimitedCaller.From(http);
        return caller.Kind == CallerKind.Anonymous
            ? RateLimitPartition.GetTokenBucketLimiter(caller.BudgetKey, _ => Bucket(options.AnonymousPermitsPerMinute, options.AnonymousPermitsPerMinute))
            : RateLimitPartition.GetTokenBucketLimiter(caller.BudgetKey, _ => Bucket(options.PermitsPerMinute, options.Burst ?? options.PermitsPerMinute));
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

    private static ValueTask RejectAsync(OnRejectedContext context, CancellationToken _)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var who = RateLimitedCaller.From(context.HttpContext).Description;
        return new ValueTask(HttpRefusals.WriteRetryLaterAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests from {who}: retry after {seconds} s.", seconds));
    }
}
