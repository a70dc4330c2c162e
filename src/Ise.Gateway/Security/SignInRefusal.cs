namespace Ise.Gateway.Security;

/// <summary>Why a sign-in was refused: an HTTP status, a stable code and a message for the person.</summary>
public sealed record SignInRefusal(int Status, string Code, string Message)
{
    /// <summary>The same answer for an unknown email and a wrong password, so neither reveals which accounts exist.</summary>
    public static SignInRefusal WrongCredentials { get; } =
        new(StatusCodes.Status401Unauthorized, "SIGN_IN_FAILED", "The email or the password is wrong.");

    public static SignInRefusal Disabled { get; } =
        new(StatusCodes.Status403Forbidden, "ACCOUNT_DISABLED", "This account is disabled: ask the programme secretariat to enable it.");

    public static SignInRefusal LockedUntil(DateTimeOffset until) =>
        new(StatusCodes.Status401Unauthorized, "LOCKED_OUT",
            $"Too many wrong passwords: this account is locked until {until.UtcDateTime:HH:mm:ss} UTC. Try again then, or ask the secretariat to reset the password.");
}
