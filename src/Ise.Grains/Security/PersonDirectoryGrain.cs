namespace Ise.Security;

/// <summary>
/// The secretariat's list of people's accounts. Bounded by the number of staff who sign in (the
/// programme's partners and their organisers, door staff and cluster members), not by the work done.
/// </summary>
public sealed class PersonDirectoryGrain(
    [PersistentState("person-directory", IseKeys.StorageName)] IPersistentState<PersonDirectoryState> state) : Grain, IPersonDirectoryGrain
{
    public async Task AddAsync(string email)
    {
        if (state.State.Emails.Contains(email, StringComparer.Ordinal))
        {
            return;
        }

        state.State.Emails.Add(email);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> EmailsAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Emails]);
}
