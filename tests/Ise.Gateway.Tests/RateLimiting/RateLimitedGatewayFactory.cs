using System.Globalization;
using Ise.Budgets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.RateLimiting;

/// <summary>
/// The embedded gateway with small limits: GraphQL budgets of 100 points per key or person and 10 per
/// anonymous address in windows of an hour, and 5 requests a minute per key, 3 per anonymous address, on
/// the other endpoints. The budgets' clock (not Orleans' own) moves when a test asks for a window of its own.
/// </summary>
public sealed class RateLimitedGatewayFactory : EmbeddedGatewayFactory
{
    public const int PerKey = 5;
    public const int PerAddress = 3;
    public const long PointsPerKey = 100;
    public const long PointsPerAddress = 10;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public ShiftedTimeProvider Time { get; } = new();

    /// <summary>
    /// Moves the clock to one second into the next window and returns when that window ends: every
    /// budget is full, and no real minute passing during the test can start another window.
    /// </summary>
    public DateTimeOffset StartNextWindow()
    {
        var now = Time.GetUtcNow();
        var next = PointWindow.StartOf(now, Window) + Window;
        Time.Offset += next - now + TimeSpan.FromSeconds(1);
        return next + Window;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ise:RateLimit:PermitsPerMinute", PerKey.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:RateLimit:AnonymousPermitsPerMinute", PerAddress.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:RateLimit:WindowSeconds", ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:RateLimit:ApiKeyPointsPerWindow", PointsPerKey.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:RateLimit:PersonPointsPerWindow", PointsPerKey.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:RateLimit:AnonymousPointsPerWindow", PointsPerAddress.ToString(CultureInfo.InvariantCulture));
    }

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton(new BudgetClock(Time));
}
