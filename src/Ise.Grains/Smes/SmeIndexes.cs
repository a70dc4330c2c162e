using Ise.Indexes;
using Ise.Programme;

namespace Ise.Smes;

/// <summary>
/// The lists an SME appears in: by region, sector, each partner that served it, and stage, and in the name
/// index under each word it is found by (<see cref="SmeNameWords.Indexed"/>).
/// </summary>
public static class SmeIndexes
{
    public static IReadOnlySet<IndexEntry> Of(SmeProfile? profile, string? mergedInto, IEnumerable<string> servingPartnerIds, SmeStage stage)
    {
        if (profile is null || mergedInto is not null)
        {
            return new HashSet<IndexEntry>();
        }

        var entries = new HashSet<IndexEntry>
        {
            new(IndexName.SmesByRegion, ProgrammeCatalog.Describe(profile.Region).Slug),
            new(IndexName.SmesBySector, ProgrammeCatalog.Describe(profile.Sector).Slug),
            new(IndexName.SmesByStage, StageSlug(stage)),
        };
        foreach (var partner in servingPartnerIds)
        {
            entries.Add(new IndexEntry(IndexName.SmesByPartner, partner));
        }

        entries.UnionWith(NameEntries(profile));
        return entries;
    }

    /// <summary>The SME's entries in the name index: one per word it is found by.</summary>
    public static IEnumerable<IndexEntry> NameEntries(SmeProfile profile) =>
        SmeNameWords.Indexed(profile).Select(word => new IndexEntry(IndexName.SmesByNameWord, word));

    public static string StageSlug(SmeStage stage) => stage switch
    {
        SmeStage.Aware => "aware",
        SmeStage.Engaged => "engaged",
        SmeStage.Assessed => "assessed",
        SmeStage.Internationalising => "internationalising",
        SmeStage.ClusterMember => "cluster-member",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
