using Ise.Effects;

namespace Ise.PersonalData;

/// <summary>
/// A day's audit as it was stored whole before the journal (state name "personal-data-audit"): the newest entries (fewer
/// than a page), how many full pages were sealed, and the senders' ledger. Read once, by <see cref="PersonalDataAuditLegacyConverter"/>.
/// </summary>
[GenerateSerializer, Alias("ise.personal-data-audit-state")]
public sealed class LegacyPersonalDataAuditState
{
    [Id(0)]
    public List<PersonalDataAuditEntry> Newest { get; set; } = [];

    [Id(1)]
    public long SealedPages { get; set; }

    [Id(2)]
    public InboxLedger Inbox { get; set; } = new();
}
