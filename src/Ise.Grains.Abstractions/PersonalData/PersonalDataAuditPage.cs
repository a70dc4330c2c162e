namespace Ise.PersonalData;

/// <summary>Audit entries of one day from a position on, oldest first; <see cref="Total"/> is the day's count so far.</summary>
[GenerateSerializer, Immutable, Alias("ise.personal-data-audit-page")]
public sealed record PersonalDataAuditPage(
    [property: Id(0)] long FirstPosition,
    [property: Id(1)] IReadOnlyList<PersonalDataAuditEntry> Entries,
    [property: Id(2)] long Total);
