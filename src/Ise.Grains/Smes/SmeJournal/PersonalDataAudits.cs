using Ise.Effects;
using Ise.Journal;
using Ise.PersonalData;

namespace Ise.Smes;

/// <summary>Audit entries of personal data changes, each addressed to the audit of its (UTC) day.</summary>
internal static class PersonalDataAudits
{
    public static IEnumerable<AddressedEffect> Effects(IEnumerable<PersonalDataAuditEntry> entries) =>
        entries.Select(e => new AddressedEffect(EffectTarget.PersonalDataAudit, IseKeys.PersonalDataAuditDay(DateOnly.FromDateTime(e.At.UtcDateTime)),
            new PersonalDataAuditEffect(e)));
}
