using GraphQL;
using Ise.Clusters;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.Security;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>
/// Which members of a cluster a caller may see by SME id: the secretariat and the cluster's own
/// members (the root fields admit members of that cluster only) see all of them; anyone else, partner
/// staff above all, only the SMEs they see in full (led or served by their partner). The rest stay in
/// the counts (<c>memberCount</c>, <c>membersByCountry</c>), as another partner's SME does everywhere.
/// The feed follows the same rule: an item of an SME the caller does not see keeps its kind and time, not
/// the SME's id or its text. The cluster hub sends its live feed by the same rule (<see cref="Hubs.ClusterAudience"/>).
/// </summary>
public static class ClusterMemberVisibility
{
    public static Func<ClusterMemberInfo, Task<bool>> Of(IResolveFieldContext context)
    {
        var sees = OfSme(context);
        return member => sees(member.SmeId);
    }

    /// <summary>The feed's items as the caller may read them.</summary>
    public static Task<IReadOnlyList<ClusterFeedItem>> FeedAsync(IResolveFieldContext context, IReadOnlyList<ClusterFeedItem> items) =>
        FeedAsync(items, OfSme(context));

    /// <summary>The feed's items as someone who <paramref name="sees"/> some SMEs may read them.</summary>
    public static async Task<IReadOnlyList<ClusterFeedItem>> FeedAsync(IReadOnlyList<ClusterFeedItem> items, Func<string, Task<bool>> sees)
    {
        var visible = new List<ClusterFeedItem>(items.Count);
        foreach (var item in items)
        {
            visible.Add(item.SmeId is { } smeId && !await sees(smeId) ? item with { SmeId = null, Text = null } : item);
        }

        return visible;
    }

    private static Func<string, Task<bool>> OfSme(IResolveFieldContext context) =>
        OfSme(context.Caller(), context.RequestServices!.GetRequiredService<SmeByIdDataLoader>());

    /// <summary>Whether <paramref name="caller"/> sees a member by its id (the SMEs read through <paramref name="smes"/>).</summary>
    public static Func<string, Task<bool>> OfSme(IseCaller caller, SmeByIdDataLoader smes)
    {
        if (caller.Role is IseRole.Secretariat or IseRole.ClusterMember)
        {
            return _ => Task.FromResult(true);
        }

        return async smeId => await smes.LoadAsync(smeId) is { } details && caller.CanSeeSme(smeId, details.View.ServingPartnerIds);
    }
}
