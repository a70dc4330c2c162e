namespace Ise.Gateway.Security.KeyRing;

/// <summary>One configured key ring key: an id written beside what it encrypts, and 32 random bytes in base64.</summary>
public sealed class KeyRingProtectionKey
{
    public string Id { get; set; } = "";

    public string Key { get; set; } = "";
}
