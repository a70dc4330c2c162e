namespace Ise.TrustedDocuments;

/// <summary>
/// A document the secretariat registered as trusted: its id (the hash of its text), the text, and who
/// registered it, when and why; and, once revoked, who revoked it and when (a revoked document is no
/// longer trusted, but stays listed).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.trusted-document")]
public sealed record TrustedDocument(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Description,
    [property: Id(3)] string Document,
    [property: Id(4)] DateTimeOffset RegisteredAt,
    [property: Id(5)] string RegisteredBy,
    [property: Id(6)] DateTimeOffset? RevokedAt = null,
    [property: Id(7)] string? RevokedBy = null)
{
    public bool IsRevoked => RevokedAt is not null;
}
