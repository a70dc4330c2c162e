using Ise.Effects;
using Ise.Journal;

namespace Ise.Indexes;

/// <summary>
/// The index buckets a journaled member joined and left in one change. Its list changes carry the member's
/// own version (<see cref="VersionBase"/> plus the version of the event in its stream), so an index drops
/// what arrives late.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.index-list-changes")]
public sealed record IndexListChanges(
    [property: Id(0)] string Member,
    [property: Id(1)] IReadOnlyList<string> Joined,
    [property: Id(2)] IReadOnlyList<string> Left,
    [property: Id(3)] long VersionBase)
{
    /// <summary>What <paramref name="member"/> joins and leaves when its lists go from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IndexListChanges Between(string member, IEnumerable<IndexEntry> before, IEnumerable<IndexEntry> after, long versionBase)
    {
        var was = IndexChanges.BucketsOf(member, before);
        var now = IndexChanges.BucketsOf(member, after);
        return new IndexListChanges(member, [.. now.Except(was).Order(StringComparer.Ordinal)], [.. was.Except(now).Order(StringComparer.Ordinal)], versionBase);
    }

    public IEnumerable<AddressedEffect> Effects(long version) => Effects(Member, Joined, Left, VersionBase + version);

    /// <summary>The removals from the lists left, then the additions to the lists joined, at <paramref name="memberVersion"/>.</summary>
    public static IEnumerable<AddressedEffect> Effects(string member, IEnumerable<string> joined, IEnumerable<string> left, long memberVersion) =>
        left.Select(list => new AddressedEffect(EffectTarget.Index, list, new IndexMembershipEffect(member, Present: false, memberVersion)))
            .Concat(joined.Select(list => new AddressedEffect(EffectTarget.Index, list, new IndexMembershipEffect(member, Present: true, memberVersion))));
}
