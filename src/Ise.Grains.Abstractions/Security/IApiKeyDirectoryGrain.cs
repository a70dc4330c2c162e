namespace Ise.Security;

/// <summary>
/// The API keys the secretariat manages (key: <see cref="IseKeys.ApiKeyDirectory"/>). Holds each key's
/// metadata and the SHA-256 of its secret, never the secret. Gateways authenticate from a snapshot they
/// refresh every few seconds, so no request waits on this grain. Refusals change nothing.
/// </summary>
public interface IApiKeyDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds a key; VALIDATION for a bad name, role/scope pair, id or hash, CONFLICT when the directory is full.</summary>
    Task<ApiKeyView> CreateAsync(CreateApiKey request);

    /// <summary>Adds the successor of a key and ends the old one after the grace period; returns the new key.</summary>
    Task<ApiKeyView> RotateAsync(RotateApiKey request);

    /// <summary>Ends a key at once. Revoking a revoked key changes nothing and returns it as the first revocation left it.</summary>
    Task<ApiKeyView> RevokeAsync(string keyId, string actor);

    /// <summary>Every key kept, newest first: metadata only.</summary>
    Task<IReadOnlyList<ApiKeyView>> ListAsync();

    /// <summary>The keys that authenticate now, or null when the directory is still at <paramref name="knownVersion"/>.</summary>
    Task<ApiKeyDirectorySnapshot?> GetSnapshotAsync(long knownVersion);
}
