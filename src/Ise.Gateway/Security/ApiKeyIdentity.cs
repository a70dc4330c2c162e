using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>What a presented key authenticates as: its id, name, role and scope, where it comes from, and until when it works.</summary>
public sealed record ApiKeyIdentity(string KeyId, string Name, IseRole Role, string? Scope, ApiKeySource Source, DateTimeOffset? ExpiresAt = null)
{
    public static ApiKeyIdentity Of(ApiKeyView key) => new(key.Id, key.Name, key.Role, key.Scope, ApiKeySource.Directory, key.ExpiresAt);
}
