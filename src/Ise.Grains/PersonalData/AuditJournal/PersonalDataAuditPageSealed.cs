namespace Ise.PersonalData;

/// <summary>The oldest full page of the day's newest entries was sealed into the next page (stored by that page's grain first).</summary>
[GenerateSerializer, Immutable, Alias("ise.personal-data-audit.page-sealed")]
public sealed record PersonalDataAuditPageSealed(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At) : IPersonalDataAuditChange;
