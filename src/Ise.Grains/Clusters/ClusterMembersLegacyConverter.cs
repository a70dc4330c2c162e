using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Clusters;

/// <summary>Moves a bucket of a cluster's members stored whole (state name "cluster-members") into its journal stream as <see cref="ClusterMembersCarriedOver"/>.</summary>
internal sealed class ClusterMembersLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<LegacyClusterMembersState, ClusterMembersJournalState, IClusterMembersChange>(options)
{
    public override string StateName => "cluster-members";

    public override string GrainType => "clustermembers";

    protected override string StreamOf(string key) => ClusterMembersGrain.Stream(key);

    protected override IClusterMembersChange FirstEvent(string key, LegacyClusterMembersState legacy, Guid eventId, DateTimeOffset now) =>
        new ClusterMembersCarriedOver(eventId, now, key, [.. legacy.Members.Values.OrderBy(m => m.SmeId, StringComparer.Ordinal)],
            legacy.Inbox.AppliedThrough, legacy.Outbox.Pending);
}
