namespace Ise.TrustedDocuments;

/// <summary>
/// The trusted documents the secretariat registered (key: <see cref="IseKeys.TrustedDocumentDirectory"/>).
/// Gateways answer from a snapshot they refresh every few seconds, so no request waits on this grain.
/// Refusals change nothing.
/// </summary>
public interface ITrustedDocumentDirectoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Trusts a document under the id of its text. Registering a text already trusted changes nothing and
    /// returns the first registration; registering a revoked one trusts it again. VALIDATION for an empty or too long name, description or document,
    /// CONFLICT when the directory is full.
    /// </summary>
    Task<TrustedDocument> RegisterAsync(RegisterTrustedDocument request);

    /// <summary>
    /// Stops trusting a registered document (kept in the list with who revoked it and when); revoking it again
    /// changes nothing. NOT_FOUND for an id never registered.
    /// </summary>
    Task<TrustedDocument> RevokeAsync(string id, string actor);

    /// <summary>Every registered document, revoked ones too, newest first.</summary>
    Task<IReadOnlyList<TrustedDocument>> ListAsync();

    /// <summary>The documents trusted now (not revoked), or null when the directory is still at <paramref name="knownVersion"/>.</summary>
    Task<TrustedDocumentSnapshot?> GetSnapshotAsync(long knownVersion);
}
