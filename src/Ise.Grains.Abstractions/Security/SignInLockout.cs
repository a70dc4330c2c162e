namespace Ise.Security;

/// <summary>How many failed sign-ins in a row lock an account, and for how long.</summary>
[GenerateSerializer, Immutable, Alias("ise.sign-in-lockout")]
public sealed record SignInLockout(
    [property: Id(0)] int MaxFailedAttempts,
    [property: Id(1)] TimeSpan Duration);
