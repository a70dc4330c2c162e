namespace Ise.Gateway.Security;

/// <summary>Request limits (section <c>Ise:RateLimit</c>): a token bucket per API key or signed-in user, and per address for anonymous callers.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sustained requests per minute for one API key or one signed-in user.</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Requests one caller may send at once before the sustained rate applies (default: a minute's worth).</summary>
    public int? Burst { get; set; }

    /// <summary>Sustained requests per minute from one IP address without credentials.</summary>
    public int AnonymousPermitsPerMinute { get; set; } = 60;
}
