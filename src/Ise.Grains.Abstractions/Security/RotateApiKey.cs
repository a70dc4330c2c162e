namespace Ise.Security;

/// <summary>Replaces key <see cref="KeyId"/> by a new one (same name, role and scope); the old one authenticates for <see cref="Grace"/> more.</summary>
[GenerateSerializer, Immutable, Alias("ise.rotate-api-key")]
public sealed record RotateApiKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string NewKeyId,
    [property: Id(2)] string NewKeyHash,
    [property: Id(3)] TimeSpan Grace,
    [property: Id(4)] string Actor);
