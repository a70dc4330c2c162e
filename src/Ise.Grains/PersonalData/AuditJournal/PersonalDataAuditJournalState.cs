namespace Ise.PersonalData;

/// <summary>
/// A day's audit as its journal builds it: the newest entries (fewer than a page once sealing has caught up), how many full
/// pages were sealed, and per sender the last delivery applied. Changed only by <see cref="Apply"/>, which replay calls too.
/// </summary>
[GenerateSerializer, Alias("ise.personal-data-audit-journal-state")]
public sealed class PersonalDataAuditJournalState
{
    [Id(0)]
    public List<PersonalDataAuditEntry> Newest { get; set; } = [];

    [Id(1)]
    public long SealedPages { get; set; }

    [Id(2)]
    public Dictionary<string, long> AppliedThrough { get; set; } = new(StringComparer.Ordinal);

    public void Apply(IPersonalDataAuditChange change)
    {
        switch (change)
        {
            case PersonalDataAuditCarriedOver carried:
                Newest = [.. carried.Newest];
                SealedPages = carried.SealedPages;
                AppliedThrough = new(carried.AppliedThrough, StringComparer.Ordinal);
                break;
            case PersonalDataAuditRecorded recorded:
                Newest.AddRange(recorded.Entries);
                if (recorded.Source is { } source)
                {
                    AppliedThrough[source] = recorded.Through;
                }

                break;
            case PersonalDataAuditPageSealed:
                Newest.RemoveRange(0, IseKeys.AuditEntriesPerPage);
                SealedPages++;
                break;
            default:
                throw new InvalidOperationException($"A day's audit cannot apply {change.GetType().Name}.");
        }
    }
}
