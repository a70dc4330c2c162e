namespace Ise.Gateway.Security;

/// <summary>
/// Limits (section <c>Ise:RateLimit</c>). GraphQL requests spend points (their price) from a budget per
/// window: per API key, per signed-in person, per anonymous address. Every other endpoint counts requests
/// in a token bucket per API key or signed-in person, and per address for anonymous callers.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>How long a budget window lasts; a caller's budget is full again at the start of each.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Points one API key may spend on GraphQL in a window.</summary>
    public long ApiKeyPointsPerWindow { get; set; } = 60_000;

    /// <summary>Points one signed-in person may spend on GraphQL in a window.</summary>
    public long PersonPointsPerWindow { get; set; } = 20_000;

    /// <summary>Points one address without credentials may spend on GraphQL in a window.</summary>
    public long AnonymousPointsPerWindow { get; set; } = 600;

    /// <summary>
    /// How many blocks a budget is cut into: a gateway reserves one block at a time from the caller's
    /// budget grain, so it calls the grain about this many times a window for a caller who spends it all.
    /// </summary>
    public int BlocksPerWindow { get; set; } = 10;

    /// <summary>Sustained requests per minute to endpoints other than GraphQL for one API key or one signed-in person.</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Requests one caller may send at once before the sustained rate applies (default: a minute's worth).</summary>
    public int? Burst { get; set; }

    /// <summary>Sustained requests per minute to endpoints other than GraphQL from one address without credentials.</summary>
    public int AnonymousPermitsPerMinute { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    /// <summary>The section's limits; a configuration that cannot be used stops the gateway at start.</summary>
    public static RateLimitOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection($"{IseKeys.ConfigurationSection}:RateLimit").Get<RateLimitOptions>() ?? new RateLimitOptions();
        return options.Problem() is { } problem ? throw new InvalidOperationException(problem) : options;
    }

    /// <summary>The first problem of the configuration, or null when it can be used.</summary>
    public string? Problem() =>
        PermitsPerMinute < 1 || AnonymousPermitsPerMinute < 1 || Burst is < 1
            ? "Ise:RateLimit: PermitsPerMinute, AnonymousPermitsPerMinute and Burst must be at least 1."
            : WindowSeconds < 1 || BlocksPerWindow < 1
                ? "Ise:RateLimit: WindowSeconds and BlocksPerWindow must be at least 1."
                : ApiKeyPointsPerWindow < 1 || PersonPointsPerWindow < 1 || AnonymousPointsPerWindow < 1
                    ? "Ise:RateLimit: ApiKeyPointsPerWindow, PersonPointsPerWindow and AnonymousPointsPerWindow must be at least 1."
                    : null;
}
