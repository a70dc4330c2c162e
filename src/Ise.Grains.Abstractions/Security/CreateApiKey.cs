namespace Ise.Security;

/// <summary>
/// A new key for the directory. The gateway makes the secret and sends only its hash, so the secret
/// never crosses the cluster's network nor reaches storage.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.create-api-key")]
public sealed record CreateApiKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string KeyHash,
    [property: Id(2)] string Name,
    [property: Id(3)] IseRole Role,
    [property: Id(4)] string? Scope,
    [property: Id(5)] string Actor);
