using System.Security.Cryptography;
using Ise.Errors;

namespace Ise.Security;

/// <summary>
/// A person's account. It stores only what the gateway gives it (a password hash, never a password)
/// and decides lockout and the security stamp: every change that must end open sessions replaces it.
/// </summary>
public sealed class PersonAccountGrain(
    [PersistentState("person-account", IseKeys.StorageName)] IPersistentState<PersonAccountState> state,
    TimeProvider time) : Grain, IPersonAccountGrain
{
    public const int MaxDisplayNameLength = 100;

    private string Email => this.GetPrimaryKeyString();

    public async Task<PersonAccountView> CreateAsync(NewPersonAccount account)
    {
        if (!PersonEmails.IsPlausible(Email) || PersonEmails.Normalise(Email) != Email)
        {
            throw IseException.Invalid("email", $"'{Email}' is not a normalised email address (e.g. jan.peeters@voka.be).");
        }

        var displayName = account.DisplayName?.Trim() ?? "";
        if (displayName.Length is 0 or > MaxDisplayNameLength)
        {
            throw IseException.Invalid("displayName", $"A display name has 1 to {MaxDisplayNameLength} characters.");
        }

        if (string.IsNullOrEmpty(account.PasswordHash))
        {
            throw IseException.Invalid("password", "An account needs a password hash.");
        }

        if (state.State.Account is not null)
        {
            throw IseException.Conflict($"An account for {Email} exists already.", "email");
        }

        state.State.Account = new PersonAccountView(Email, displayName, account.Role, account.Scope, false, time.GetUtcNow(), account.CreatedBy, 0, null);
        state.State.PasswordHash = account.PasswordHash;
        state.State.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        return state.State.Account;
    }

    public Task<PersonAccountView> GetAsync() => Task.FromResult(Require());

    public Task<PersonCredentials?> GetCredentialsAsync() =>
        Task.FromResult(state.State.Account is { } account ? new PersonCredentials(account, state.State.PasswordHash, state.State.SecurityStamp) : null);

    public async Task<PersonAccountView> RecordFailedSignInAsync(SignInLockout lockout)
    {
        var account = Require();
        var now = time.GetUtcNow();
        var failures = account.LockedUntil is { } until && until <= now ? 1 : account.FailedSignIns + 1;
        state.State.Account = failures >= lockout.MaxFailedAttempts
            ? account with { FailedSignIns = 0, LockedUntil = now + lockout.Duration }
            : account with { FailedSignIns = failures, LockedUntil = account.LockedUntil > now ? account.LockedUntil : null };
        await state.WriteStateAsync();
        return state.State.Account;
    }

    public async Task RecordSucceededSignInAsync()
    {
        var account = Require();
        if (account.FailedSignIns == 0 && account.LockedUntil is null)
        {
            return;
        }

        state.State.Account = account with { FailedSignIns = 0, LockedUntil = null };
        await state.WriteStateAsync();
    }

    public async Task<PersonAccountView> SetPasswordHashAsync(string passwordHash)
    {
        var account = Require();
        if (string.IsNullOrEmpty(passwordHash))
        {
            throw IseException.Invalid("password", "An account needs a password hash.");
        }

        state.State.Account = account with { FailedSignIns = 0, LockedUntil = null };
        state.State.PasswordHash = passwordHash;
        return await RenewStampAsync();
    }

    public async Task<PersonAccountView> SetDisabledAsync(bool disabled)
    {
        var account = Require();
        if (account.Disabled == disabled)
        {
            return account;
        }

        state.State.Account = account with { Disabled = disabled };
        return await RenewStampAsync();
    }

    public async Task<PersonAccountView> ChangeRoleAsync(IseRole role, string? scope)
    {
        var account = Require();
        if (account.Role == role && account.Scope == scope)
        {
            return account;
        }

        state.State.Account = account with { Role = role, Scope = scope };
        return await RenewStampAsync();
    }

    private async Task<PersonAccountView> RenewStampAsync()
    {
        state.State.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        return Require();
    }

    private PersonAccountView Require() =>
        state.State.Account ?? throw IseException.NotFound("email", $"No account for {Email}.");

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
