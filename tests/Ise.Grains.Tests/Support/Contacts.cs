using Ise.PersonalData;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;

namespace Ise.Grains.Tests.Support;

/// <summary>Contacts for personal-data tests and a way to read the audit of a day.</summary>
public static class Contacts
{
    public static readonly ConsentRecord Consent = new("2026-01", new DateOnly(2026, 2, 1), Language.Dutch);

    public static ContactInput Person(string name, string? email = null, string? phone = null) => new(name, email, phone, Consent);

    /// <summary>Waits until the audit of the day has an entry for the SME matching the condition, and returns the SME's entries.</summary>
    public static async Task<List<PersonalDataAuditEntry>> AuditOfAsync(IGrainFactory grains, DateTimeOffset day, string smeId, Func<List<PersonalDataAuditEntry>, bool> until)
    {
        var found = new List<PersonalDataAuditEntry>();
        await Eventually.TrueAsync(
            async () =>
            {
                var page = await grains.GetGrain<IPersonalDataAuditGrain>(IseKeys.PersonalDataAuditDay(DateOnly.FromDateTime(day.UtcDateTime))).GetPageAsync(0, 500);
                found = [.. page.Entries.Where(e => e.SmeId == smeId)];
                return until(found);
            },
            TimeSpan.FromSeconds(15),
            $"the audit of {smeId} is as expected");
        return found;
    }
}
