using System.Globalization;
using Ise.Gateway.Security;
using Microsoft.AspNetCore.Hosting;

namespace Ise.Gateway.Tests.Security;

/// <summary>The embedded gateway with a people's account directory that takes <see cref="Room"/> accounts beyond the development people.</summary>
public sealed class PersonDirectoryLimitGatewayFactory : EmbeddedGatewayFactory
{
    public const int Room = 2;

    public static int MaxAccounts => DevelopmentPeople.All.Count + Room;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ise:People:MaxAccounts", MaxAccounts.ToString(CultureInfo.InvariantCulture));
    }
}
