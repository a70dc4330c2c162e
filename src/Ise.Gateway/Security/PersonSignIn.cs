using Ise.Security;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Security;

/// <summary>
/// Checks an email and password: a locked account refuses before the password is looked at; a wrong
/// password counts towards the lockout; a disabled account is refused only once the password is right,
/// so that a stranger learns nothing about it.
/// </summary>
public sealed class PersonSignIn(PersonAccounts accounts, PersonPasswords passwords, IOptions<SignInOptions> options, TimeProvider time)
{
    /// <summary>The signed-in account with its stamp, or the refusal.</summary>
    public async Task<(PersonCredentials? Signed, SignInRefusal? Refusal)> AttemptAsync(string email, string password)
    {
        var normalised = PersonEmails.Normalise(email);
        if (!PersonEmails.IsPlausible(normalised))
        {
            passwords.VerifyDecoy(password);
            return (null, SignInRefusal.WrongCredentials);
        }

        var account = accounts.Account(normalised);
        var credentials = await account.GetCredentialsAsync();
        if (credentials is null)
        {
            passwords.VerifyDecoy(password);
            return (null, SignInRefusal.WrongCredentials);
        }

        if (credentials.Account.LockedUntil is { } locked && locked > time.GetUtcNow())
        {
            return (null, SignInRefusal.LockedUntil(locked));
        }

        if (!passwords.Verify(credentials.PasswordHash, password))
        {
            var lockout = new SignInLockout(options.Value.MaxFailedAttempts, options.Value.Lockout);
            var counted = await account.RecordFailedSignInAsync(lockout);
            return (null, counted.LockedUntil is { } until ? SignInRefusal.LockedUntil(until) : SignInRefusal.WrongCredentials);
        }

        if (credentials.Account.Disabled)
        {
            return (null, SignInRefusal.Disabled);
        }

        await account.RecordSucceededSignInAsync();
        return (credentials, null);
    }
}
