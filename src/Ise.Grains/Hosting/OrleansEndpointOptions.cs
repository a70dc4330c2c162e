using System.Net;
using System.Net.Sockets;

namespace Ise.Hosting;

/// <summary>Identity and endpoints of the Orleans cluster.</summary>
public sealed class OrleansEndpointOptions
{
    public string ClusterId { get; set; } = "ise";

    public string ServiceId { get; set; } = "ise-engagement";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port Orleans clients (the gateways) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address other silos and clients reach this silo at: an IP address, or a host name (a container's service name).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Listen on every interface while advertising <see cref="AdvertisedAddress"/> (in a container).</summary>
    public bool ListenOnAllInterfaces { get; set; }

    public IPAddress ResolveAdvertisedAddress() =>
        IPAddress.TryParse(AdvertisedAddress, out var address)
            ? address
            : Dns.GetHostAddresses(AdvertisedAddress).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? throw new InvalidOperationException($"Ise:Orleans:AdvertisedAddress '{AdvertisedAddress}' does not resolve to an IPv4 address.");
}
