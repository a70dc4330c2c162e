namespace Ise.PersonalData;

/// <summary>A sealed, full page of a day's personal-data audit (key: <see cref="IseKeys.PersonalDataAuditPage"/>).</summary>
public interface IPersonalDataAuditPageGrain : IGrainWithStringKey
{
    /// <summary>Stores the page; sealing the same page again (a retry) replaces it.</summary>
    Task SealAsync(IReadOnlyList<PersonalDataAuditEntry> entries);

    Task<IReadOnlyList<PersonalDataAuditEntry>> GetAsync();
}
