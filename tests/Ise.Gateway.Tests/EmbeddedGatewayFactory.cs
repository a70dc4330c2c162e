using System.Globalization;
using Ise.Testing;
using Microsoft.AspNetCore.Hosting;
using Ise.Gateway.Demo;
using Ise.Gateway.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ise.Gateway.Tests;

/// <summary>
/// The gateway in embedded mode (silo in-process) on real Kestrel at 127.0.0.1, with its own
/// Orleans ports, so several can run in one test process.
/// </summary>
public class EmbeddedGatewayFactory : WebApplicationFactory<Program>
{
    /// <summary>A key configured the way operators configure them: only its hash is in configuration.</summary>
    public const string ConfiguredKey = "configured-test-key-0b7e3c";

    /// <summary>A budget no test spends in a window.</summary>
    private const string Unlimited = "1000000000000";

    public EmbeddedGatewayFactory() => UseKestrel(0);

    /// <summary>Tests start once the demo data and the development people are in place, so they never race the seeding.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<DemoDataSeeder>().Seeded.Wait(TimeSpan.FromSeconds(60));
        host.Services.GetRequiredService<DevelopmentPeopleSeeder>().Seeded.Wait(TimeSpan.FromSeconds(60));
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Ise:Mode", "Embedded");
        builder.UseSetting("Ise:Orleans:SiloPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:Orleans:GatewayPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:Demo:ArrivalSeconds", "0");
        builder.UseSetting("Ise:ApiKeys:0:Name", "Configured partner system");
        builder.UseSetting("Ise:ApiKeys:0:KeyHash", ApiKeyStore.Hash(ConfiguredKey));
        builder.UseSetting("Ise:ApiKeys:0:Role", "PartnerStaff");
        builder.UseSetting("Ise:ApiKeys:0:Scope", "innovatiehuis");

        // Tests send requests as fast as they can; only the rate-limit tests set real limits.
        builder.UseSetting("Ise:RateLimit:PermitsPerMinute", "1000000");
        builder.UseSetting("Ise:RateLimit:AnonymousPermitsPerMinute", "1000000");
        builder.UseSetting("Ise:RateLimit:ApiKeyPointsPerWindow", Unlimited);
        builder.UseSetting("Ise:RateLimit:PersonPointsPerWindow", Unlimited);
        builder.UseSetting("Ise:RateLimit:AnonymousPointsPerWindow", Unlimited);
        builder.ConfigureTestServices(ConfigureTestServices);
    }

    /// <summary>Services a test gateway puts in place of the application's own (registered after them).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }
}
