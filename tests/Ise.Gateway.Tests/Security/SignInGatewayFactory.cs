using Microsoft.AspNetCore.Hosting;

namespace Ise.Gateway.Tests.Security;

/// <summary>The embedded gateway with sessions checked against their accounts on almost every request, and a lockout after 3 wrong passwords.</summary>
public sealed class SignInGatewayFactory : EmbeddedGatewayFactory
{
    public const int MaxFailedAttempts = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ise:SignIn:ValidationInterval", "00:00:00.100");
        builder.UseSetting("Ise:SignIn:MaxFailedAttempts", MaxFailedAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Ise:SignIn:Lockout", "00:05:00");
    }
}
