using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// Finds the key whose hash matches a presented key, in memory: the configured keys (and, in embedded
/// mode, the development ones) merged with the latest snapshot of the key directory, which
/// <see cref="ApiKeyDirectoryRefresher"/> applies. Authenticating a request makes no grain call. A
/// directory key past its grace period is refused from that moment, whatever the snapshot's age.
/// </summary>
public sealed class ApiKeyStore
{
    private readonly FrozenDictionary<string, ApiKeyIdentity> _fixed;
    private readonly TimeProvider _time;
    private volatile Snapshot _current;

    public ApiKeyStore(IEnumerable<ApiKeyEntry> configured, IEnumerable<ApiKeyEntry> development, TimeProvider time)
    {
        _time = time;
        _fixed = Identify(configured, "configured", ApiKeySource.Configuration)
            .Concat(Identify(development, "development", ApiKeySource.Development))
            .ToFrozenDictionary(StringComparer.Ordinal);
        FixedKeys = [.. _fixed.Values.OrderBy(k => k.Source).ThenBy(k => k.KeyId, StringComparer.Ordinal)];
        _current = new Snapshot(0, _fixed);
    }

    /// <summary>The configured and development keys, which the API lists but cannot rotate or revoke.</summary>
    public IReadOnlyList<ApiKeyIdentity> FixedKeys { get; }

    /// <summary>The version of the directory snapshot in use (0: none yet).</summary>
    public long DirectoryVersion => _current.Version;

    public int Count => _current.ByHash.Count;

    public bool TryFind(string presentedKey, out ApiKeyIdentity identity) =>
        _current.ByHash.TryGetValue(Hash(presentedKey), out identity!)
        && (identity.ExpiresAt is not { } end || end > _time.GetUtcNow());

    public ApiKeyIdentity? FindFixed(string keyId) => FixedKeys.FirstOrDefault(k => k.KeyId == keyId);

    /// <summary>Replaces the directory's keys by those of <paramref name="snapshot"/>; a configured key keeps its hash if both have it.</summary>
    public void Apply(ApiKeyDirectorySnapshot snapshot)
    {
        var merged = new Dictionary<string, ApiKeyIdentity>(_fixed, StringComparer.Ordinal);
        foreach (var credential in snapshot.Credentials)
        {
            merged.TryAdd(credential.KeyHash.ToUpperInvariant(), ApiKeyIdentity.Of(credential.Key));
        }

        _current = new Snapshot(snapshot.Version, merged.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The form in which a key is written into configuration and the directory: SHA-256, upper-case hex.</summary>
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static IEnumerable<KeyValuePair<string, ApiKeyIdentity>> Identify(IEnumerable<ApiKeyEntry> entries, string idPrefix, ApiKeySource source) =>
        entries
            .Where(e => !string.IsNullOrWhiteSpace(e.KeyHash))
            .Select((e, i) => KeyValuePair.Create(
                e.KeyHash.Trim().ToUpperInvariant(),
                new ApiKeyIdentity(string.Create(CultureInfo.InvariantCulture, $"{idPrefix}-{i + 1}"), e.Name, e.Role, e.Scope, source)));

    private sealed record Snapshot(long Version, FrozenDictionary<string, ApiKeyIdentity> ByHash);
}
