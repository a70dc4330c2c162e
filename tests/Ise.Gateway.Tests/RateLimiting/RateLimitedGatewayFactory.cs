using Microsoft.AspNetCore.Hosting;

namespace Ise.Gateway.Tests.RateLimiting;

/// <summary>The embedded gateway with small limits: 5 requests a minute per key, 3 per anonymous address.</summary>
public sealed class RateLimitedGatewayFactory : EmbeddedGatewayFactory
{
    public const int PerKey = 5;
    public const int PerAddress = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ise:RateLimit:PermitsPerMinute", PerKey.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:RateLimit:AnonymousPermitsPerMinute", PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
