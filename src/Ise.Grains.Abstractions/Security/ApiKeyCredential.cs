namespace Ise.Security;

/// <summary>A key of the directory with the SHA-256 (hex) of its secret: what a gateway needs to authenticate it.</summary>
[GenerateSerializer, Immutable, Alias("ise.api-key-credential")]
public sealed record ApiKeyCredential(
    [property: Id(0)] ApiKeyView Key,
    [property: Id(1)] string KeyHash);
