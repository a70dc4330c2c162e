using Ise.Indexes;
using Ise.Programme;

namespace Ise.Smes;

/// <summary>The lists an SME appears in: by region, sector, each partner that served it, and stage.</summary>
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

        return entries;
    }

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
