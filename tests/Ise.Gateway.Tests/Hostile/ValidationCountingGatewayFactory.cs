using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>The embedded gateway whose GraphQL validator counts what it validates, to see that the pre-check refused a request before validation ran.</summary>
public sealed class ValidationCountingGatewayFactory : EmbeddedGatewayFactory
{
    public CountingDocumentValidator Validator { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IDocumentValidator>(Validator);
}
