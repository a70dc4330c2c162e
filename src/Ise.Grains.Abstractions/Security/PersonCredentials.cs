namespace Ise.Security;

/// <summary>
/// What the gateway needs to check a sign-in or a session: the account, its password hash (the gateway
/// hashes and verifies; the grain never sees a password) and its current security stamp.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.person-credentials")]
public sealed record PersonCredentials(
    [property: Id(0)] PersonAccountView Account,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] string SecurityStamp);
