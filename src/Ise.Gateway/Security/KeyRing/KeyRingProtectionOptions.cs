namespace Ise.Gateway.Security.KeyRing;

/// <summary>
/// Section <c>Ise:DataProtection</c>: the keys that encrypt the Data Protection key ring at rest. Every one
/// decrypts; <see cref="EncryptWith"/> (by default the last listed, the newest) encrypts.
/// </summary>
public sealed class KeyRingProtectionOptions
{
    public const string Section = $"{IseKeys.ConfigurationSection}:DataProtection";

    public List<KeyRingProtectionKey> Keys { get; set; } = [];

    /// <summary>The id of the key that encrypts new and re-encrypted elements; empty: the last of <see cref="Keys"/>.</summary>
    public string? EncryptWith { get; set; }
}
