using Ise.Errors;
using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// What the secretariat and a signed-in person do with accounts: create (with a generated one-time
/// password), list, reset a password, disable and enable, change a role, change one's own password.
/// Inputs are checked here, before any grain changes; passwords are hashed here and only the hash travels.
/// </summary>
public sealed class PersonAccounts(IGrainFactory grains, PersonPasswords passwords)
{
    /// <summary>The account grain of an email, or a <c>VALIDATION</c> refusal naming <paramref name="field"/>.</summary>
    public IPersonAccountGrain Account(string? email, string field = "email") =>
        grains.GetGrain<IPersonAccountGrain>(RequireEmail(email, field));

    public static string RequireEmail(string? email, string field)
    {
        var normalised = PersonEmails.Normalise(email);
        return PersonEmails.IsPlausible(normalised)
            ? normalised
            : throw IseException.Invalid(field, $"'{email}' is not an email address (e.g. jan.peeters@voka.be, at most {PersonEmails.MaxLength} characters).");
    }

    /// <summary>Creates an account; without <paramref name="password"/> one is generated. Returns the password (shown once).</summary>
    public async Task<(PersonAccountView Account, string Password)> CreateAsync(
        string? email, string? displayName, IseRole role, string? scope, string createdBy, string? password = null)
    {
        var normalised = RequireEmail(email, "input.email");
        if (displayName is null || displayName.Trim().Length is 0 or > PersonAccountGrain.MaxDisplayNameLength)
        {
            throw IseException.Invalid("input.displayName", $"A display name has 1 to {PersonAccountGrain.MaxDisplayNameLength} characters.");
        }

        var fitting = await RoleScopes.RequireFittingAsync(grains, role, scope, "input.scope");
        if (await grains.GetGrain<IPersonAccountGrain>(normalised).GetCredentialsAsync() is not null)
        {
            throw IseException.Conflict($"An account for {normalised} exists already.", "input.email");
        }

        var chosen = password ?? PersonPasswords.Generate();
        return (await StoreAsync(normalised, new NewPersonAccount(displayName.Trim(), role, fitting, passwords.Hash(chosen), createdBy)), chosen);
    }

    /// <summary>Creates a development account as given (its scope names demo data); nothing when it exists.</summary>
    public async Task CreateDevelopmentAsync(DevelopmentPerson person)
    {
        var email = PersonEmails.Normalise(person.Email);
        if (await grains.GetGrain<IPersonAccountGrain>(email).GetCredentialsAsync() is null)
        {
            await StoreAsync(email, new NewPersonAccount(person.DisplayName, person.Role, person.Scope, passwords.Hash(person.Password), "development"));
        }
    }

    /// <summary>Lists the email first: a crash before the account exists leaves an entry that listing skips, never an unlisted account.</summary>
    private async Task<PersonAccountView> StoreAsync(string email, NewPersonAccount account)
    {
        await grains.GetGrain<IPersonDirectoryGrain>(IseKeys.PersonDirectory).AddAsync(email);
        return await grains.GetGrain<IPersonAccountGrain>(email).CreateAsync(account);
    }

    /// <summary>Every account in the directory, in the order they were created.</summary>
    public async Task<IReadOnlyList<PersonAccountView>> ListAsync()
    {
        var emails = await grains.GetGrain<IPersonDirectoryGrain>(IseKeys.PersonDirectory).EmailsAsync();
        var found = await Task.WhenAll(emails.Select(e => grains.GetGrain<IPersonAccountGrain>(e).GetCredentialsAsync()));
        return [.. found.OfType<PersonCredentials>().Select(c => c.Account)];
    }

    /// <summary>Sets a new generated password (ending every session of the account) and returns it.</summary>
    public async Task<(PersonAccountView Account, string Password)> ResetPasswordAsync(string? email)
    {
        var account = Account(email);
        await account.GetAsync();
        var password = PersonPasswords.Generate();
        return (await account.SetPasswordHashAsync(passwords.Hash(password)), password);
    }

    public async Task<PersonAccountView> ChangeRoleAsync(string? email, IseRole role, string? scope)
    {
        var account = Account(email);
        await account.GetAsync();
        return await account.ChangeRoleAsync(role, await RoleScopes.RequireFittingAsync(grains, role, scope, "scope"));
    }

    /// <summary>A person's own change: the current password must be right and the new one meet the rule.</summary>
    public async Task<PersonCredentials> ChangePasswordAsync(string email, string? currentPassword, string? newPassword)
    {
        var account = Account(email);
        var credentials = await account.GetCredentialsAsync() ?? throw IseException.NotFound("email", $"No account for {email}.");
        if (currentPassword is null || !passwords.Verify(credentials.PasswordHash, currentPassword))
        {
            throw IseException.Invalid("currentPassword", "The current password is wrong.");
        }

        if (PersonPasswords.Problem(newPassword) is { } problem)
        {
            throw IseException.Invalid("newPassword", problem);
        }

        if (newPassword == currentPassword)
        {
            throw IseException.Invalid("newPassword", "The new password is the current one: choose another.");
        }

        await account.SetPasswordHashAsync(passwords.Hash(newPassword!));
        return await account.GetCredentialsAsync() ?? throw IseException.NotFound("email", $"No account for {email}.");
    }
}
