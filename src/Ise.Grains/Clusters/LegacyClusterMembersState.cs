using Ise.Effects;

namespace Ise.Clusters;

/// <summary>
/// One bucket of a cluster's members as it was stored whole before the journal (state name "cluster-members"), with its
/// delivery ledger and its outbox to the cluster. Read once, by <see cref="ClusterMembersLegacyConverter"/>.
/// </summary>
[GenerateSerializer, Alias("ise.cluster-members-state")]
public sealed class LegacyClusterMembersState
{
    [Id(0)]
    public Dictionary<string, ClusterMemberInfo> Members { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public InboxLedger Inbox { get; set; } = new();

    [Id(2)]
    public OutboxState Outbox { get; set; } = new();
}
