using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Ise.Gateway.Security;

/// <summary>Finds the configured key whose hash matches a presented key.</summary>
public sealed class ApiKeyStore
{
    private readonly FrozenDictionary<string, ApiKeyEntry> _byHash;

    public ApiKeyStore(IEnumerable<ApiKeyEntry> entries)
    {
        _byHash = entries
            .Where(e => !string.IsNullOrWhiteSpace(e.KeyHash))
            .ToFrozenDictionary(e => e.KeyHash.Trim().ToUpperInvariant(), StringComparer.Ordinal);
    }

    public int Count => _byHash.Count;

    public bool TryFind(string presentedKey, out ApiKeyEntry entry) =>
        _byHash.TryGetValue(Hash(presentedKey), out entry!);

    /// <summary>The form in which a key is written into configuration.</summary>
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
