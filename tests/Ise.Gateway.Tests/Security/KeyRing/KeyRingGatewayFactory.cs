using Microsoft.AspNetCore.Hosting;

namespace Ise.Gateway.Tests.Security.KeyRing;

/// <summary>The embedded gateway with its key ring encrypted by a configured key, <see cref="TestKeyRingKeys.Old"/>.</summary>
public sealed class KeyRingGatewayFactory : EmbeddedGatewayFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ise:DataProtection:Keys:0:Id", TestKeyRingKeys.Old.Id);
        builder.UseSetting("Ise:DataProtection:Keys:0:Key", TestKeyRingKeys.Old.Key);
    }
}
