using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// One configured API key. Only the SHA-256 of the key (hex) is stored: keys are long random strings,
/// so a fast hash suffices, and a leaked configuration reveals no usable key.
/// </summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = "";

    public string KeyHash { get; set; } = "";

    public IseRole Role { get; set; }

    public string? Scope { get; set; }
}
