using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.Security;

/// <summary>The embedded gateway with sessions checked on almost every request, and an account grain outage to switch on.</summary>
public sealed class AccountOutageGatewayFactory : EmbeddedGatewayFactory
{
    public AccountGrainOutage Outage { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ise:SignIn:ValidationInterval", "00:00:00.050");
        builder.ConfigureServices(services => services.AddSingleton<IOutgoingGrainCallFilter>(Outage));
    }
}
