using Ise.Effects;
using Ise.Indexes;
using Ise.Indicators;
using Ise.Journal;
using Ise.Programme;
using Ise.Smes.Rules;

namespace Ise.Smes;

/// <summary>
/// What a change of an SME did to the index lists it is in and to what it is credited for in the
/// programme indicators: the buckets it joined and left, and the credits first earned, withdrawn or
/// moved (booked on <see cref="BookedOn"/>, the local date in its region when it changed). Its list
/// changes carry the SME's own version (<see cref="VersionBase"/> plus the version of the event in its
/// stream), so an index drops what arrives late.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.sme.consequences")]
public sealed record SmeConsequences(
    [property: Id(0)] string SmeId,
    [property: Id(1)] string SmeName,
    [property: Id(2)] IReadOnlyList<string> JoinedLists,
    [property: Id(3)] IReadOnlyList<string> LeftLists,
    [property: Id(4)] IReadOnlyList<IndicatorChange> Credits,
    [property: Id(5)] DateOnly BookedOn,
    [property: Id(6)] long VersionBase)
{
    /// <summary>
    /// What the SME <paramref name="smeId"/> with this profile, merge, whole journey and serving partners is listed
    /// under and credited for, compared with the lists it is in and the credits it holds.
    /// </summary>
    public static SmeConsequences Of(string smeId, SmeProfile? profile, string? mergedInto, IReadOnlyList<JourneyEntry> journey, IEnumerable<string> servingPartnerIds,
        IReadOnlySet<string> listsBefore, IReadOnlyDictionary<string, IndicatorCredit> creditedBefore, DateTimeOffset now, long versionBase)
    {
        var stage = profile is null ? SmeStage.Aware : StageRules.Explain(profile.Country, journey).Stage;
        var lists = IndexChanges.BucketsOf(smeId, SmeIndexes.Of(profile, mergedInto, servingPartnerIds, stage));
        var credits = IndicatorLedger.Diff(creditedBefore, IndicatorRules.CreditsOf(profile, mergedInto, journey));
        var bookedOn = DateOnly.FromDateTime(profile is null ? now.UtcDateTime : ProgrammeTime.ToLocal(now, profile.Region));
        return new SmeConsequences(smeId, profile?.Name ?? "",
            [.. lists.Except(listsBefore).Order(StringComparer.Ordinal)], [.. listsBefore.Except(lists).Order(StringComparer.Ordinal)],
            credits, bookedOn, versionBase);
    }

    public bool IsEmpty => JoinedLists.Count == 0 && LeftLists.Count == 0 && Credits.Count == 0;

    public IEnumerable<AddressedEffect> Effects(long version)
    {
        foreach (var effect in IndexListChanges.Effects(SmeId, JoinedLists, LeftLists, VersionBase + version))
        {
            yield return effect;
        }

        foreach (var (bucket, effect) in IndicatorLedger.Route(SmeId, SmeName, BookedOn, Credits))
        {
            yield return new AddressedEffect(EffectTarget.IndicatorBucket, bucket, effect);
        }
    }
}
