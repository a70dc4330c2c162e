using Ise.Effects;

namespace Ise.Clusters;

/// <summary>One bucket of a cluster's current members (1/16 of them) and its outbox to the cluster.</summary>
[GenerateSerializer, Alias("ise.cluster-members-state")]
public sealed class ClusterMembersState
{
    [Id(0)]
    public Dictionary<string, ClusterMemberInfo> Members { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public InboxLedger Inbox { get; set; } = new();

    [Id(2)]
    public OutboxState Outbox { get; set; } = new();
}
