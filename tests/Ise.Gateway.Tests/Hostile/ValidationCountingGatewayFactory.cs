using GraphQL.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>The embedded gateway whose GraphQL validator counts what it validates, to see that the pre-check refused a request before validation ran.</summary>
public sealed class ValidationCountingGatewayFactory : EmbeddedGatewayFactory
{
    public CountingDocumentValidator Validator { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IDocumentValidator>(Validator));
    }
}
