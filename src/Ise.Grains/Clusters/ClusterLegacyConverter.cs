using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Clusters;

/// <summary>Moves a cluster stored whole (state name "cluster") into its journal stream as <see cref="ClusterCarriedOver"/>.</summary>
internal sealed class ClusterLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<LegacyClusterState, ClusterJournalState, IClusterChange>(options)
{
    public override string StateName => "cluster";

    public override string GrainType => "cluster";

    protected override string StreamOf(string key) => ClusterGrain.Stream(key);

    protected override IClusterChange FirstEvent(string key, LegacyClusterState legacy, Guid eventId, DateTimeOffset now) =>
        new ClusterCarriedOver(eventId, now, legacy.Sequence, legacy.Members, legacy.MembersByCountry, legacy.MembersByRegion,
            legacy.FeedTotal, legacy.SealedPages, legacy.Head, legacy.Connections, legacy.Inbox.AppliedThrough, legacy.Recent.Keys);
}
