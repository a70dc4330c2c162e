using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// <c>Cluster.members</c> follows the matrix's SME rule: the secretariat and the cluster's own members
/// see every member; partner staff see the members their partner leads or served, and the others only
/// in the counts. <c>Cluster.feed</c> keeps to the same rule: another partner's staff read that an SME
/// joined, not which.
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

    [Fact]
    public async Task The_feed_names_to_partner_staff_only_the_smes_their_partner_leads_or_served()
    {
        await Eventually.TrueAsync(async () => (await FeedSmeIdsAsync(MatrixRole.Secretariat)).Contains(MatrixWorld.SubjectSmeId), TimeSpan.FromSeconds(10),
            "the SME under test joined the mechatronics cluster's feed");

        var seenByOther = await FeedSmeIdsAsync(MatrixRole.PartnerOther);
        var itemsForOther = (await World.Client(MatrixRole.PartnerOther).DataAsync(Feed))["cluster"]!["feed"]!["edges"]!.AsArray();

        Assert.DoesNotContain(MatrixWorld.SubjectSmeId, seenByOther);
        Assert.DoesNotContain(MatrixWorld.ClustermateSmeId, seenByOther);
        Assert.Contains(itemsForOther, e => e!["node"]!["kind"]!.GetValue<string>() == "MEMBER_JOINED" && e["node"]!["smeId"] is null);
        Assert.Contains(MatrixWorld.SubjectSmeId, await FeedSmeIdsAsync(MatrixRole.PartnerOwn));
        Assert.Contains(MatrixWorld.SubjectSmeId, await FeedSmeIdsAsync(MatrixRole.MemberSameCluster));
    }

    private const string Feed = "{ cluster(sector: MECHATRONICS) { feed(first: 100) { edges { node { kind smeId text } } } } }";

    private async Task<List<string>> FeedSmeIdsAsync(MatrixRole role) =>
        [.. (await World.Client(role).DataAsync(Feed))["cluster"]!["feed"]!["edges"]!.AsArray()
            .Select(e => e!["node"]!["smeId"]?.GetValue<string>()).OfType<string>()];

    private async Task<List<string>> MemberIdsAsync(MatrixRole role) =>
        [.. (await World.Client(role).DataAsync(Members))["cluster"]!["members"]!["edges"]!.AsArray().Select(e => e!["node"]!["smeId"]!.GetValue<string>())];
}
