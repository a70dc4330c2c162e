namespace Ise.Security;

/// <summary>An account to create: the email is the grain's key; the password arrives already hashed.</summary>
[GenerateSerializer, Immutable, Alias("ise.new-person-account")]
public sealed record NewPersonAccount(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] IseRole Role,
    [property: Id(2)] string? Scope,
    [property: Id(3)] string PasswordHash,
    [property: Id(4)] string CreatedBy);
