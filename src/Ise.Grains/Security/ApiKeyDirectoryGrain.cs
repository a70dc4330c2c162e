using System.Globalization;
using Ise.Errors;

namespace Ise.Security;

/// <summary>
/// The programme's key directory. Bounded: a key that stopped authenticating (revoked, or expired
/// after rotation) is forgotten <see cref="ForgetAfter"/> later, and at most <see cref="MaxKeys"/> are
/// kept. Not on any request's path: gateways read <see cref="GetSnapshotAsync"/> every few seconds, and
/// only when the version changed does it carry the keys. Non-reentrant.
/// </summary>
public sealed class ApiKeyDirectoryGrain(
    [PersistentState("api-key-directory", IseKeys.StorageName)] IPersistentState<ApiKeyDirectoryState> state,
    TimeProvider time)
    : Grain, IApiKeyDirectoryGrain
{
    public const int MaxKeys = 500;
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(30);
    private const int HashLength = 64;

    private ApiKeyDirectoryState State => state.State;

    public async Task<ApiKeyView> CreateAsync(CreateApiKey request)
    {
        ApiKeyRules.CheckName(request.Name, "input.name");
        ApiKeyRules.CheckScope(request.Role, request.Scope, "input.scope");
        CheckNewKey(request.KeyId, request.KeyHash);
        var key = new ApiKeyView(
            request.KeyId, request.Name.Trim(), request.Role, NullIfEmpty(request.Scope), time.GetUtcNow(), request.Actor,
            RotatedFromId: null, RotatedToId: null, ExpiresAt: null, RevokedAt: null, RevokedBy: null);
        await SaveAsync(keys => keys.Add(new ApiKeyCredential(key, request.KeyHash.ToUpperInvariant())));
        return key;
    }

    public async Task<ApiKeyView> RotateAsync(RotateApiKey request)
    {
        ApiKeyRules.CheckGrace(request.Grace, "graceMinutes");
        var (index, old) = Find(request.KeyId);
        switch (old.Key.StatusAt(time.GetUtcNow()))
        {
            case ApiKeyStatus.Revoked:
                throw IseException.Conflict($"Key {old.Key.Id} is revoked; create a new key instead.", "id");
            case ApiKeyStatus.Expiring or ApiKeyStatus.Expired:
                throw IseException.Conflict($"Key {old.Key.Id} was already rotated to {old.Key.RotatedToId}; rotate that one.", "id");
        }

        CheckNewKey(request.NewKeyId, request.NewKeyHash);
        var now = time.GetUtcNow();
        var successor = old.Key with
        {
            Id = request.NewKeyId,
            CreatedAt = now,
            CreatedBy = request.Actor,
            RotatedFromId = old.Key.Id,
            RotatedToId = null,
        };
        await SaveAsync(keys =>
        {
            keys[index] = old with { Key = old.Key with { RotatedToId = successor.Id, ExpiresAt = now + request.Grace } };
            keys.Add(new ApiKeyCredential(successor, request.NewKeyHash.ToUpperInvariant()));
        });
        return successor;
    }

    public async Task<ApiKeyView> RevokeAsync(string keyId, string actor)
    {
        var (index, found) = Find(keyId);
        if (found.Key.RevokedAt is not null)
        {
            return found.Key;
        }

        var revoked = found.Key with { RevokedAt = time.GetUtcNow(), RevokedBy = actor };
        await SaveAsync(keys => keys[index] = found with { Key = revoked });
        return revoked;
    }

    public Task<IReadOnlyList<ApiKeyView>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ApiKeyView>>([.. State.Keys.Select(k => k.Key).Reverse()]);

    public Task<ApiKeyDirectorySnapshot?> GetSnapshotAsync(long knownVersion)
    {
        if (knownVersion == State.Version)
        {
            return Task.FromResult<ApiKeyDirectorySnapshot?>(null);
        }

        var now = time.GetUtcNow();
        return Task.FromResult<ApiKeyDirectorySnapshot?>(
            new ApiKeyDirectorySnapshot(State.Version, [.. State.Keys.Where(k => k.Key.AuthenticatesAt(now))]));
    }

    private (int Index, ApiKeyCredential Credential) Find(string keyId)
    {
        var index = State.Keys.FindIndex(k => k.Key.Id == keyId);
        return index >= 0
            ? (index, State.Keys[index])
            : throw IseException.NotFound("id", $"No API key with id '{keyId}' in the directory.");
    }

    private void CheckNewKey(string keyId, string keyHash)
    {
        if (!ApiKeyIds.IsWellFormed(keyId))
        {
            throw IseException.Invalid("id", $"'{keyId}' is not a key id ({ApiKeyIds.Length} lower-case letters or digits).");
        }

        if (keyHash.Length != HashLength || !keyHash.All(char.IsAsciiHexDigit))
        {
            throw IseException.Invalid("keyHash", "The key hash is not a SHA-256 in hexadecimal.");
        }

        if (State.Keys.Any(k => k.Key.Id == keyId || string.Equals(k.KeyHash, keyHash, StringComparison.OrdinalIgnoreCase)))
        {
            throw IseException.Conflict($"A key with id {keyId} (or the same secret) is already in the directory.", "id");
        }

        var kept = State.Keys.Count(k => !IsForgotten(k.Key, time.GetUtcNow()));
        if (kept >= MaxKeys)
        {
            throw IseException.Conflict(string.Create(
                CultureInfo.InvariantCulture,
                $"The directory holds {MaxKeys} keys, its limit; revoked and expired keys are forgotten {ForgetAfter.TotalDays:0} days after they end."));
        }
    }

    /// <summary>Applies a change together with forgetting long-ended keys, writes, and raises the version.</summary>
    private async Task SaveAsync(Action<List<ApiKeyCredential>> change)
    {
        change(State.Keys);
        var now = time.GetUtcNow();
        State.Keys.RemoveAll(k => IsForgotten(k.Key, now));
        State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is ahead of storage: drop the activation so the next call reads the truth.
            DeactivateOnIdle();
            throw;
        }
    }

    private static bool IsForgotten(ApiKeyView key, DateTimeOffset now) => key.EndedAt(now) is { } ended && ended + ForgetAfter < now;

    private static string? NullIfEmpty(string? scope) => string.IsNullOrEmpty(scope) ? null : scope;
}
