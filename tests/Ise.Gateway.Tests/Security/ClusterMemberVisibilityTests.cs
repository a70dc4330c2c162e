using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// <c>Cluster.members</c> follows the matrix's SME rule: the secretariat and the cluster's own members
/// see every member; partner staff see the members their partner leads or served, and the others only
/// in the counts.
/// </summary>
public sealed class ClusterMemberVisibilityTests(MatrixGatewayFactory factory) : IClassFixture<MatrixGatewayFactory>
{
    private const string Members = "{ cluster(sector: MECHATRONICS) { memberCount members(first: 100) { edges { node { smeId } } } } }";

    private MatrixWorld World => factory.World;

    [Fact]
    public async Task Partner_staff_see_only_the_members_their_partner_leads_or_served()
    {
        await Eventually.TrueAsync(async () => (await MemberIdsAsync(MatrixRole.Secretariat)).Contains(MatrixWorld.SubjectSmeId), TimeSpan.FromSeconds(10),
            "the SME under test is listed as a member of the mechatronics cluster");

        var other = World.Client(MatrixRole.PartnerOther);
        var seenByOther = await MemberIdsAsync(MatrixRole.PartnerOther);

        Assert.DoesNotContain(MatrixWorld.SubjectSmeId, seenByOther);
        Assert.DoesNotContain(MatrixWorld.ClustermateSmeId, seenByOther);
        foreach (var smeId in seenByOther)
        {
            Assert.Null((await other.SendAsync("query($id: ID!) { sme(id: $id) { id } }", new { id = smeId })).Body["errors"]);
        }

        var counted = (await other.DataAsync(Members))["cluster"]!["memberCount"]!.GetValue<int>();
        Assert.True(counted > seenByOther.Count, $"the other partner's count ({counted}) includes members it does not see ({seenByOther.Count})");
        Assert.Contains(MatrixWorld.SubjectSmeId, await MemberIdsAsync(MatrixRole.PartnerOwn));
        Assert.Contains(MatrixWorld.SubjectSmeId, await MemberIdsAsync(MatrixRole.MemberSameCluster));
    }

    private async Task<List<string>> MemberIdsAsync(MatrixRole role) =>
        [.. (await World.Client(role).DataAsync(Members))["cluster"]!["members"]!["edges"]!.AsArray().Select(e => e!["node"]!["smeId"]!.GetValue<string>())];
}
