using Ise.Effects;

namespace Ise.Clusters;

/// <summary>
/// One bucket of a cluster's members (key: <see cref="IseKeys.ClusterMembersBucket"/>), fed by the
/// SMEs' outboxes; it passes each change on to the cluster grain, which so hears from 16 senders only.
/// </summary>
public interface IClusterMembersGrain : IEffectReceiver
{
    /// <summary>Members after <paramref name="after"/> (an SME id; null for the start), in id order.</summary>
    Task<ClusterMembersPage> GetPageAsync(string? after, int first);
}
