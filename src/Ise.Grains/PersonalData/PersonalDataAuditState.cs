using Ise.Effects;

namespace Ise.PersonalData;

/// <summary>A day's audit: the newest entries (fewer than a page) and how many full pages were sealed.</summary>
[GenerateSerializer, Alias("ise.personal-data-audit-state")]
public sealed class PersonalDataAuditState
{
    [Id(0)]
    public List<PersonalDataAuditEntry> Newest { get; set; } = [];

    [Id(1)]
    public long SealedPages { get; set; }

    [Id(2)]
    public InboxLedger Inbox { get; set; } = new();
}
