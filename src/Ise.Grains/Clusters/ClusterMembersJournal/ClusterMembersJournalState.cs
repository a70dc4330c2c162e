namespace Ise.Clusters;

/// <summary>
/// One bucket of a cluster's current members (1/16 of them) as its journal builds it, and per sender the last delivery
/// applied (senders are the silos' journal writers, and the SMEs that sent through an outbox before the journal).
/// Changed only by <see cref="Apply"/>, which replay calls too.
/// </summary>
[GenerateSerializer, Alias("ise.cluster-members-journal-state")]
public sealed class ClusterMembersJournalState
{
    [Id(0)]
    public Dictionary<string, ClusterMemberInfo> Members { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public Dictionary<string, long> AppliedThrough { get; set; } = new(StringComparer.Ordinal);

    public void Apply(IClusterMembersChange change)
    {
        switch (change)
        {
            case ClusterMembersCarriedOver carried:
                Members = carried.Members.ToDictionary(m => m.SmeId, StringComparer.Ordinal);
                AppliedThrough = new(carried.AppliedThrough, StringComparer.Ordinal);
                break;
            case ClusterMembersChanged changed:
                foreach (var membership in changed.Changes)
                {
                    if (membership.Joined)
                    {
                        Members[membership.SmeId] = new ClusterMemberInfo(membership.SmeId, membership.Country, membership.Region, membership.At);
                    }
                    else
                    {
                        Members.Remove(membership.SmeId);
                    }
                }

                AppliedThrough[changed.Source] = changed.Through;
                break;
            default:
                throw new InvalidOperationException($"A cluster's members cannot apply {change.GetType().Name}.");
        }
    }
}
