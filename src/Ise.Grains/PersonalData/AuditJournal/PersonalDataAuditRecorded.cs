namespace Ise.PersonalData;

/// <summary>
/// Entries appended to the day's audit, in order: recorded directly (<see cref="Source"/> null), or delivered by
/// <see cref="Source"/> and applied through <see cref="Through"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.personal-data-audit.recorded")]
public sealed record PersonalDataAuditRecorded(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] IReadOnlyList<PersonalDataAuditEntry> Entries,
    [property: Id(3)] string? Source,
    [property: Id(4)] long Through) : IPersonalDataAuditChange;
