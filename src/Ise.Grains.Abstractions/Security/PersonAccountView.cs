namespace Ise.Security;

/// <summary>
/// A person's account as the secretariat sees it: who, which role on what, whether it may sign in.
/// Never carries the password hash or the security stamp.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.person-account-view")]
public sealed record PersonAccountView(
    [property: Id(0)] string Email,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IseRole Role,
    [property: Id(3)] string? Scope,
    [property: Id(4)] bool Disabled,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] string CreatedBy,
    [property: Id(7)] int FailedSignIns,
    [property: Id(8)] DateTimeOffset? LockedUntil);
