namespace Ise.PersonalData;

/// <summary>
/// One line of the personal-data audit: who did what to which contact, when. Names the contact by
/// SME and contact id only, so the audit itself holds no personal data and survives erasure.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.personal-data-audit-entry")]
public sealed record PersonalDataAuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] PersonalDataAction Action,
    [property: Id(3)] string SmeId,
    [property: Id(4)] string? ContactId,
    [property: Id(5)] string? Detail);
