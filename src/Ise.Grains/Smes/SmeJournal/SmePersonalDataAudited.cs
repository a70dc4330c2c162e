using Ise.Journal;
using Ise.PersonalData;

namespace Ise.Smes;

/// <summary>Changes to the SME's contacts, audited before the contact state itself is written.</summary>
[GenerateSerializer, Immutable, Alias("ise.sme.personal-data-audited")]
public sealed record SmePersonalDataAudited(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] IReadOnlyList<PersonalDataAuditEntry> Audited) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) => PersonalDataAudits.Effects(Audited);
}
