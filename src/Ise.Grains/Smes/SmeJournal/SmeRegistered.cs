using Ise.Journal;
using Ise.PersonalData;

namespace Ise.Smes;

/// <summary>The firm registered: its profile, its enrolment in the journey, the audit of the contacts given with it, and its first lists.</summary>
[GenerateSerializer, Immutable, Alias("ise.sme.registered")]
public sealed record SmeRegistered(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] SmeProfile Profile,
    [property: Id(3)] JourneyEntry Enrolled,
    [property: Id(4)] IReadOnlyList<PersonalDataAuditEntry> Audited,
    [property: Id(5)] SmeConsequences Consequences) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        PersonalDataAudits.Effects(Audited).Concat(Consequences.Effects(version));
}
