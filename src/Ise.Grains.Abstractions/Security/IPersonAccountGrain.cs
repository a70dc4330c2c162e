namespace Ise.Security;

/// <summary>
/// A person who signs in to the dashboards, keyed by normalised email (<see cref="PersonEmails.Normalise"/>).
/// Every change that must end open sessions (password, role, disabling) gives the account a new security stamp.
/// </summary>
public interface IPersonAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; <c>CONFLICT</c> when one exists for this email.</summary>
    Task<PersonAccountView> CreateAsync(NewPersonAccount account);

    /// <summary>The account; <c>NOT_FOUND</c> when there is none.</summary>
    Task<PersonAccountView> GetAsync();

    /// <summary>The account with its hash and stamp, or null when there is none (a sign-in with an unknown email).</summary>
    Task<PersonCredentials?> GetCredentialsAsync();

    /// <summary>Counts a wrong password; the last allowed failure locks the account for the lockout's duration.</summary>
    Task<PersonAccountView> RecordFailedSignInAsync(SignInLockout lockout);

    /// <summary>Clears the count of failed sign-ins after a right password.</summary>
    Task RecordSucceededSignInAsync();

    /// <summary>Replaces the password hash (change or reset): a new stamp, and any lockout lifted.</summary>
    Task<PersonAccountView> SetPasswordHashAsync(string passwordHash);

    /// <summary>Disables (a new stamp ends every session) or enables the account.</summary>
    Task<PersonAccountView> SetDisabledAsync(bool disabled);

    /// <summary>Gives the account another role and scope (a new stamp ends every session).</summary>
    Task<PersonAccountView> ChangeRoleAsync(IseRole role, string? scope);
}
