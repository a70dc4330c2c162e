using Ise.Gateway.Security;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Types.ApiKeys;

/// <summary>A key as the secretariat sees it: who it is for and whether it works, never its hash. <see cref="Directory"/> is null for configured and development keys.</summary>
public sealed record ApiKeyListing(ApiKeyIdentity Identity, ApiKeyStatus Status, ApiKeyView? Directory)
{
    public static ApiKeyListing Of(ApiKeyView key, DateTimeOffset now) => new(ApiKeyIdentity.Of(key), key.StatusAt(now), key);

    public static ApiKeyListing Of(ApiKeyIdentity fixedKey) => new(fixedKey, ApiKeyStatus.Active, null);
}
