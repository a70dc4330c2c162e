namespace Ise.PersonalData;

/// <summary>The first event of a day's audit stored whole before the journal: its newest entries, sealed pages and the deliveries it had applied.</summary>
[GenerateSerializer, Immutable, Alias("ise.personal-data-audit.carried-over")]
public sealed record PersonalDataAuditCarriedOver(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] IReadOnlyList<PersonalDataAuditEntry> Newest,
    [property: Id(3)] long SealedPages,
    [property: Id(4)] IReadOnlyDictionary<string, long> AppliedThrough) : IPersonalDataAuditChange;
