using Ise.PersonalData;

namespace Ise.Effects;

/// <summary>Record a change to personal data in the audit of its day.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.personal-data-audit")]
public sealed record PersonalDataAuditEffect([property: Id(0)] PersonalDataAuditEntry Entry) : Effect;
