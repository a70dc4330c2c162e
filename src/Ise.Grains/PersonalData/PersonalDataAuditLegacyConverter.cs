using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.PersonalData;

/// <summary>Moves a day's audit stored whole (state name "personal-data-audit") into its journal stream as <see cref="PersonalDataAuditCarriedOver"/>.</summary>
internal sealed class PersonalDataAuditLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<LegacyPersonalDataAuditState, PersonalDataAuditJournalState, IPersonalDataAuditChange>(options)
{
    public override string StateName => "personal-data-audit";

    public override string GrainType => "personaldataaudit";

    protected override string StreamOf(string key) => PersonalDataAuditGrain.Stream(key);

    protected override IPersonalDataAuditChange FirstEvent(string key, LegacyPersonalDataAuditState legacy, Guid eventId, DateTimeOffset now) =>
        new PersonalDataAuditCarriedOver(eventId, now, legacy.Newest, legacy.SealedPages, legacy.Inbox.AppliedThrough);
}
