using Ise.Paging;

namespace Ise.PersonalData;

/// <summary>A sealed page of a day's personal-data audit.</summary>
public sealed class PersonalDataAuditPageGrain(
    [PersistentState("personal-data-audit-page", IseKeys.StorageName)] IPersistentState<PersonalDataAuditPageState> state)
    : SealedPageGrain<PersonalDataAuditEntry, PersonalDataAuditPageState>(state), IPersonalDataAuditPageGrain;
