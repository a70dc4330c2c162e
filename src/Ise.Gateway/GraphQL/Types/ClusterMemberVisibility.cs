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
/// </summary>
public static class ClusterMemberVisibility
{
    public static Func<ClusterMemberInfo, Task<bool>> Of(IResolveFieldContext context)
    {
        var caller = context.Caller();
        if (caller.Role is IseRole.Secretariat or IseRole.ClusterMember)
        {
            return _ => Task.FromResult(true);
        }

        var smes = context.RequestServices!.GetRequiredService<SmeByIdDataLoader>();
        return async member => await smes.LoadAsync(member.SmeId) is { } details && caller.CanSeeSme(member.SmeId, details.View.ServingPartnerIds);
    }
}
