namespace Ise.PersonalData;

/// <summary>A sealed page of a day's personal-data audit. A retried seal replaces the page with the same or a longer prefix of the day.</summary>
public sealed class PersonalDataAuditPageGrain(
    [PersistentState("personal-data-audit-page", IseKeys.StorageName)] IPersistentState<PersonalDataAuditPageState> state)
    : Grain, IPersonalDataAuditPageGrain
{
    public async Task SealAsync(IReadOnlyList<PersonalDataAuditEntry> entries)
    {
        state.State.Entries = [.. entries];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<PersonalDataAuditEntry>> GetAsync() =>
        Task.FromResult<IReadOnlyList<PersonalDataAuditEntry>>(state.State.Entries);
}
