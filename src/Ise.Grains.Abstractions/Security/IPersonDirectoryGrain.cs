namespace Ise.Security;

/// <summary>
/// The list of people's accounts for the secretariat (key <see cref="IseKeys.PersonDirectory"/>): their
/// emails, added before the account is created so that a crash in between leaves an entry without an
/// account (skipped when listing) and never an account nobody can list.
/// </summary>
public interface IPersonDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds an email; adding it again changes nothing.</summary>
    Task AddAsync(string email);

    /// <summary>Every listed email, in the order they were added.</summary>
    Task<IReadOnlyList<string>> EmailsAsync();
}
