namespace Ise.Security;

/// <summary>
/// What the directory tells about a key: everything but its hash (and it never holds the secret).
/// <see cref="RotatedFromId"/> and <see cref="RotatedToId"/> link the keys of one rotation chain;
/// <see cref="ExpiresAt"/> is the end of a rotated key's grace period.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.api-key")]
public sealed record ApiKeyView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IseRole Role,
    [property: Id(3)] string? Scope,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] string CreatedBy,
    [property: Id(6)] string? RotatedFromId,
    [property: Id(7)] string? RotatedToId,
    [property: Id(8)] DateTimeOffset? ExpiresAt,
    [property: Id(9)] DateTimeOffset? RevokedAt,
    [property: Id(10)] string? RevokedBy)
{
    public ApiKeyStatus StatusAt(DateTimeOffset now) => this switch
    {
        { RevokedAt: not null } => ApiKeyStatus.Revoked,
        { ExpiresAt: { } end } when end <= now => ApiKeyStatus.Expired,
        { ExpiresAt: not null } => ApiKeyStatus.Expiring,
        _ => ApiKeyStatus.Active,
    };

    public bool AuthenticatesAt(DateTimeOffset now) => StatusAt(now) is ApiKeyStatus.Active or ApiKeyStatus.Expiring;

    /// <summary>When the key stopped authenticating, if it did.</summary>
    public DateTimeOffset? EndedAt(DateTimeOffset now) => StatusAt(now) switch
    {
        ApiKeyStatus.Revoked => RevokedAt,
        ApiKeyStatus.Expired => ExpiresAt,
        _ => null,
    };
}
