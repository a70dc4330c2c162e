using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests;

/// <summary>The embedded gateway with a grain-call counter, to see how many calls a request makes.</summary>
public sealed class CountingGatewayFactory : EmbeddedGatewayFactory
{
    public GrainCallCounter Calls { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IOutgoingGrainCallFilter>(Calls));
    }
}
