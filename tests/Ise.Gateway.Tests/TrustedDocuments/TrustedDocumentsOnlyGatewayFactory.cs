using Microsoft.AspNetCore.Hosting;

namespace Ise.Gateway.Tests.TrustedDocuments;

/// <summary>The embedded gateway deployed with <c>Ise:Api:RequireTrustedDocuments</c>: anonymous callers and door staff may send trusted documents only.</summary>
public sealed class TrustedDocumentsOnlyGatewayFactory : EmbeddedGatewayFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ise:Api:RequireTrustedDocuments", "true");
    }
}
