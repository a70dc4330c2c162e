using Ise.Paging;

namespace Ise.PersonalData;

/// <summary>A sealed page of a day's personal-data audit.</summary>
[GenerateSerializer, Alias("ise.personal-data-audit-page-state")]
public sealed class PersonalDataAuditPageState : ISealedPageState<PersonalDataAuditEntry>
{
    [Id(0)]
    public List<PersonalDataAuditEntry> Entries { get; set; } = [];

    List<PersonalDataAuditEntry> ISealedPageState<PersonalDataAuditEntry>.Sealed
    {
        get => Entries;
        set => Entries = value;
    }
}
