using Ise.Effects;
using Ise.Indicators;
using Ise.Journal;

namespace Ise.Smes;

/// <summary>
/// The first event of an SME stored whole before the journal: its profile, the journey entries it kept
/// (less those journal rows of other streams hold about it, read again), the deliveries it had applied,
/// the lists it was in and what it was credited for. The effects its outbox had not seen confirmed
/// are sent again under their original sender and sequence (a receiver that had applied one drops it),
/// and its indicator ledger, which kept its credits until now, is given the inputs they were worked out
/// from, so the ledger ends where the SME begins. Its list changes from now on are versioned after
/// every sequence its outbox used (<see cref="VersionBase"/>). <see cref="Lists"/> holds every list the SME is in,
/// the name index's too; those the stored buckets could not hold (the name index came after them) are
/// <see cref="ListsJoined"/>, joined by this event (none in rows carried over before the name index).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.sme.carried-over")]
public sealed record SmeCarriedOver(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string SmeId,
    [property: Id(3)] SmeProfile? Profile,
    [property: Id(4)] IReadOnlyList<JourneyEntry> Journey,
    [property: Id(5)] IReadOnlyList<string> ServingPartnerIds,
    [property: Id(6)] string? MergedInto,
    [property: Id(7)] IReadOnlyDictionary<string, long> AppliedThrough,
    [property: Id(8)] IReadOnlyList<string> Lists,
    [property: Id(9)] IReadOnlyDictionary<string, IndicatorCredit> Credited,
    [property: Id(10)] long VersionBase,
    [property: Id(11)] IReadOnlyList<OutboxEntry> Undelivered,
    [property: Id(12)] IndicatorInputsEffect? LedgerInputs,
    [property: Id(13)] IReadOnlyList<string>? ListsJoined = null) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version)
    {
        foreach (var list in ListsJoined ?? [])
        {
            yield return new AddressedEffect(EffectTarget.Index, list, new IndexMembershipEffect(SmeId, Present: true, VersionBase + version));
        }

        foreach (var entry in Undelivered)
        {
            yield return new AddressedEffect(entry.Target, entry.TargetKey, entry.Effect, new EffectOrigin(SmeId, entry.Sequence));
        }

        if (LedgerInputs is not null)
        {
            yield return new AddressedEffect(EffectTarget.SmeIndicatorLedger, SmeId, LedgerInputs);
        }
    }
}
