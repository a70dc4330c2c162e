using Ise.Effects;
using Ise.Events;
using Ise.Indexes;
using Ise.Indicators;
using Ise.Journal;
using Ise.Smes.Rules;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Smes;

/// <summary>
/// Moves an SME stored whole (state name "sme") into its journal stream as <see cref="SmeCarriedOver"/>.
/// The lists it was in and the credits it earns are those of the journey it stored (each write of the
/// old SME announced both for the journey it wrote). Entries that bucket rows hold about it are left to
/// be read again from those rows, unless the SME took part in a merge (a handed-over entry is about
/// the other SME, and a merged SME keeps the journey it handed over). Stored index buckets had no name
/// index: the SME's name lists are joined by the carried-over event itself.
/// </summary>
internal sealed class SmeLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<LegacySmeState, SmeJournalState, ISmeEvent>(options)
{
    public override string StateName => "sme";

    public override string GrainType => "sme";

    protected override string StreamOf(string key) => SmeGrain.Stream(key);

    protected override ISmeEvent FirstEvent(string key, LegacySmeState legacy, Guid eventId, DateTimeOffset now)
    {
        var stage = legacy.Profile is { } profile ? StageRules.Explain(profile.Country, legacy.Journey).Stage : SmeStage.Aware;
        var lists = IndexChanges.BucketsOf(key, SmeIndexes.Of(legacy.Profile, legacy.MergedInto, legacy.ServingPartnerIds, stage));
        var nameLists = legacy.Profile is { } named && legacy.MergedInto is null ? IndexChanges.BucketsOf(key, SmeIndexes.NameEntries(named)) : new HashSet<string>();
        var merged = legacy.MergedInto is not null || legacy.Journey.Exists(e => e.Kind == JourneyEntryKind.MergedFrom);
        var kept = merged ? legacy.Journey : legacy.Journey.FindAll(e => !BucketEffects.IsEntryId(e.Id));
        var inputs = legacy.Profile is null ? null : new IndicatorInputsEffect(legacy.Profile, legacy.MergedInto, legacy.MergedInto is null ? legacy.Journey : []);
        return new SmeCarriedOver(eventId, now, key, legacy.Profile, kept, legacy.ServingPartnerIds, legacy.MergedInto,
            legacy.Inbox.AppliedThrough.Where(a => !JournalSource.Is(a.Key)).ToDictionary(StringComparer.Ordinal),
            [.. lists.Order(StringComparer.Ordinal)], new Dictionary<string, IndicatorCredit>(IndicatorRules.CreditsOf(legacy.Profile, legacy.MergedInto, legacy.Journey), StringComparer.Ordinal),
            legacy.Outbox.NextSequence, legacy.Outbox.Pending, inputs, [.. nameLists.Order(StringComparer.Ordinal)]);
    }
}
