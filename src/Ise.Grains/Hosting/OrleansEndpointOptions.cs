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

    /// <summary>Address other silos and clients reach this silo at.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}
