using GraphQL;
using Ise.Clusters;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.GraphQL.Errors;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>
/// Which members of a cluster a caller may see by SME id: the secretariat and the cluster's own
/// members (the root fields admit members of that cluster only) see all of them; anyone else, partner
/// staff above all, only the SMEs they see in full (led or served by their partner). The rest stay in
/// the counts (<c>memberCount</c>, <c>membersByCountry</c>), as another partner's SME does everywhere.
/// The feed follows the same rule: an item of an SME the caller does not see keeps its kind and time, not
/// the SME's id or its text.
/// </summary>
public static class ClusterMemberVisibility
{
    public static Func<ClusterMemberInfo, Task<bool>> Of(IResolveFieldContext context)
    {
        var sees = OfSme(context);
        return member => sees(member.SmeId);
    }

    /// <summary>The feed's items as the caller may read them.</summary>
    public static async Task<IReadOnlyList<ClusterFeedItem>> FeedAsync(IResolveFieldContext context, IReadOnlyList<ClusterFeedItem> items)
    {
        var sees = OfSme(context);
        var visible = new List<ClusterFeedItem>(items.Count);
        foreach (var item in items)
        {
            visible.Add(item.SmeId is { } smeId && !await sees(smeId) ? item with { SmeId = null, Text = null } : item);
        }

        return visible;
    }

    private static Func<string, Task<bool>> OfSme(IResolveFieldContext context)
    {
        var caller = context.Caller();
        if (caller.Role is IseRole.Secretariat or IseRole.ClusterMember)
        {
            return _ => Task.FromResult(true);
        }

        var smes = context.RequestServices!.GetRequiredService<SmeByIdDataLoader>();
        return async smeId => await smes.LoadAsync(smeId) is { } details && caller.CanSeeSme(smeId, details.View.ServingPartnerIds);
    }
}
