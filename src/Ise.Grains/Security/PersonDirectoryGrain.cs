using Ise.Errors;
using Microsoft.Extensions.Options;

namespace Ise.Security;

/// <summary>
/// The secretariat's list of people's accounts. Bounded by the number of staff who sign in (the
/// programme's partners and their organisers, door staff and cluster members), not by the work done,
/// and held to <see cref="PersonDirectoryOptions.MaxAccounts"/>: one more is refused, not stored.
/// </summary>
public sealed class PersonDirectoryGrain(
    [PersistentState("person-directory", IseKeys.StorageName)] IPersistentState<PersonDirectoryState> state,
    IOptions<PersonDirectoryOptions> options) : Grain, IPersonDirectoryGrain
{
    public async Task AddAsync(string email)
    {
        if (state.State.Emails.Contains(email, StringComparer.Ordinal))
        {
            return;
        }

        var max = options.Value.MaxAccounts;
        if (state.State.Emails.Count >= max)
        {
            throw IseException.Conflict(
                $"The account directory holds {max:N0} accounts, its maximum (Ise:People:MaxAccounts on the silos): no account was created. Raise the limit to add more people.");
        }

        state.State.Emails.Add(email);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> EmailsAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Emails]);
}
