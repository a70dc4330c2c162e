using Ise.Effects;

namespace Ise.PersonalData;

/// <summary>
/// The personal-data audit of one UTC day (key: <see cref="IseKeys.PersonalDataAuditDay"/>). Holds the
/// newest entries; every full page of <see cref="IseKeys.AuditEntriesPerPage"/> is sealed into a page
/// grain, so one grain's state stays bounded however busy the day. Fed by the gateway (reads) and by
/// the SMEs' outboxes (changes).
/// </summary>
public interface IPersonalDataAuditGrain : IEffectReceiver
{
    Task RecordAsync(IReadOnlyList<PersonalDataAuditEntry> entries);

    /// <summary>Up to <paramref name="first"/> entries from position <paramref name="from"/> (0 is the day's first).</summary>
    Task<PersonalDataAuditPage> GetPageAsync(long from, int first);
}
