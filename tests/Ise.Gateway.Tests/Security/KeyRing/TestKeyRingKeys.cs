using System.Security.Cryptography;
using System.Text;
using Ise.Gateway.Security.KeyRing;
using Ise.Hosting;

namespace Ise.Gateway.Tests.Security.KeyRing;

/// <summary>Key ring keys as operators configure them: an id and 32 bytes in base64.</summary>
public static class TestKeyRingKeys
{
    public static KeyRingProtectionKey Old { get; } = Make("2024-01");

    public static KeyRingProtectionKey New { get; } = Make("2025-01");

    public static KeyRingProtectionKey Make(string id, string? seed = null) =>
        new() { Id = id, Key = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(seed ?? id))) };

    /// <summary>The keys a cluster-mode gateway configured with <paramref name="keys"/> (the last encrypts) would hold.</summary>
    public static KeyRingKeys Configured(params KeyRingProtectionKey[] keys) =>
        KeyRingKeys.From(new KeyRingProtectionOptions { Keys = [.. keys] }, IseMode.Cluster);
}
