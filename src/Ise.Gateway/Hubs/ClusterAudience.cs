using Ise.Clusters;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.GraphQL.Types;
using Ise.Gateway.Live;
using Ise.Gateway.Security;
using Ise.Security;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Hubs;

/// <summary>
/// Whom a cluster's live feed goes to, sorted by <c>Cluster.feed</c>'s rule (<see cref="ClusterMemberVisibility"/>):
/// those who see every member (the secretariat and the cluster's own members) share the group
/// <c>cluster:{sector}</c>; partner staff get a group per partner, <c>cluster:{sector}/partner:{id}</c>, whose
/// items of SMEs the partner neither leads nor served come without the SME's id, name, country or text.
/// </summary>
public sealed record ClusterAudience
{
    /// <summary>The secretariat and the cluster's members: every member named.</summary>
    public static readonly ClusterAudience Everyone = new((string?)null);

    private ClusterAudience(string? partnerId) => PartnerId = partnerId;

    /// <summary>The partner whose staff this audience is; null for <see cref="Everyone"/>.</summary>
    public string? PartnerId { get; }

    /// <summary>The audience of a caller the hub let in; any other role is refused.</summary>
    public static ClusterAudience Of(IseCaller caller) => caller switch
    {
        { Role: IseRole.Secretariat or IseRole.ClusterMember } => Everyone,
        { Role: IseRole.PartnerStaff, Scope: { } partner } => new ClusterAudience(partner),
        _ => throw new HubException($"FORBIDDEN: {caller.Role} cannot follow cluster feeds."),
    };

    public string GroupOf(string slug) =>
        PartnerId is null ? ClusterLiveSource.GroupOf(slug) : $"{ClusterLiveSource.GroupOf(slug)}/partner:{PartnerId}";

    /// <summary>
    /// The items as this audience may read them, the SMEs read through <paramref name="smes"/> (one per
    /// message, shared by its audiences, so each SME is read once).
    /// </summary>
    public async Task<IReadOnlyList<ClusterFeedItem>> VisibleAsync(IReadOnlyList<ClusterFeedItem> items, SmeByIdDataLoader smes) =>
        PartnerId is null
            ? items
            : await ClusterMemberVisibility.FeedAsync(items, ClusterMemberVisibility.OfSme(new IseCaller(PartnerId, IseRole.PartnerStaff, PartnerId), smes));
}
