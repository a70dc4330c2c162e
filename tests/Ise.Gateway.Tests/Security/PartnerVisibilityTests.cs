namespace Ise.Gateway.Tests.Security;

/// <summary>
/// The field-level rule behind the matrix's partner rows: partner staff see in full the SMEs their
/// partner leads or served, and any other SME only inside anonymous counts.
/// </summary>
public sealed class PartnerVisibilityTests(MatrixGatewayFactory factory) : IClassFixture<MatrixGatewayFactory>
{
    private const string Sme = "query($id: ID!) { sme(id: $id) { id name } }";
    private const string SmeContacts = "query($id: ID!) { sme(id: $id) { contacts { name } } }";
    private const string MemberCount = "{ cluster(sector: NEW_MATERIALS) { memberCount } }";

    private MatrixWorld World => factory.World;

    [Fact]
    public async Task Another_partners_SME_is_refused_in_full_but_counted_and_seen_once_served_without_its_contacts()
    {
        var other = World.Client(MatrixRole.PartnerOther);
        var smeId = await World.FreshSmeAsync();
        await World.Secretariat.DataAsync("mutation($s: ID!, $c: ContactInput!) { addContact(smeId: $s, contact: $c) { id } }",
            new { s = smeId, c = TestSmes.Contact("Private Person", "private@example.test") });
        var membersBefore = await MembersAsync(other);

        await World.Secretariat.DataAsync("mutation($s: ID!) { joinCluster(smeId: $s, sector: NEW_MATERIALS) { id } }", new { s = smeId });

        Assert.Equal("FORBIDDEN", (await other.ErrorAsync(Sme, new { id = smeId })).Code);
        Assert.Equal("FORBIDDEN", (await other.ErrorAsync(SmeContacts, new { id = smeId })).Code);
        Assert.Equal("FORBIDDEN", (await other.ErrorAsync("query($p: ID) { smes(first: 5, filter: { partnerId: $p }) { totalCount } }", new { p = MatrixWorld.Owner })).Code);
        await Eventually.TrueAsync(async () => await MembersAsync(other) == membersBefore + 1, TimeSpan.FromSeconds(10), "the other partner's count includes the new member");

        var eventId = await OtherPartnersLiveEventAsync();
        var code = await World.RegisterAsync(eventId, smeId);
        await World.Secretariat.DataAsync(ApiScenario.CheckIn, new { code });

        await Eventually.TrueAsync(async () => (await other.SendAsync(Sme, new { id = smeId })).Body["errors"] is null, TimeSpan.FromSeconds(10),
            "the SME is seen in full by the partner that served it");
        Assert.Equal(smeId, (await other.DataAsync(Sme, new { id = smeId }))["sme"]!["id"]!.GetValue<string>());
        var (contacts, _, message) = await other.ErrorAsync(SmeContacts, new { id = smeId });
        Assert.Equal("FORBIDDEN", contacts);
        Assert.Contains("lead partner", message, StringComparison.Ordinal);
        Assert.Equal("Private Person", (await World.Client(MatrixRole.PartnerOwn).DataAsync(SmeContacts, new { id = smeId }))["sme"]!["contacts"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Registering_a_firm_another_partner_leads_returns_none_of_its_data()
    {
        var smeId = await World.FreshSmeAsync();
        var input = new
        {
            country = "NL", companyId = smeId["NL-".Length..], name = "Claimed again BV", region = "SOUTH_WEST_NETHERLANDS", sector = "FOOD_AND_DRINK", staffCount = 3,
            turnover = new { amount = 1, currency = "EUR" }, balanceSheetTotal = new { amount = 1, currency = "EUR" }, leadPartnerId = MatrixWorld.OtherPartner,
        };

        var (_, body) = await World.Client(MatrixRole.PartnerOther).SendAsync(
            "mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created sme { id name staffCount leadPartnerId } } }", new { input });

        Assert.Equal("FORBIDDEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("Test firm", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(body["data"]?["registerSme"]);
        var kept = (await World.Secretariat.DataAsync(Sme, new { id = smeId }))["sme"]!;
        Assert.StartsWith("Test firm", kept["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisers_and_door_staff_see_an_events_attendees_and_figures_but_no_SME_in_full()
    {
        const string attendees = "query($id: ID!) { event(id: $id) { stats { checkedIn } attendees(first: 5) { edges { node { smeId } } } } }";
        foreach (var role in new[] { MatrixRole.OrganiserOwn, MatrixRole.DoorOwn })
        {
            var client = World.Client(role);
            var seen = (await client.DataAsync(attendees, new { id = MatrixWorld.MainEventId }))["event"]!;
            Assert.True(seen["attendees"]!["edges"]!.AsArray().Count >= 2, $"{role} sees the attendees");
            Assert.Equal("FORBIDDEN", (await client.ErrorAsync(Sme, new { id = MatrixWorld.SubjectSmeId })).Code);
        }
    }

    private static async Task<int> MembersAsync(GraphQLClient client) => (await client.DataAsync(MemberCount))["cluster"]!["memberCount"]!.GetValue<int>();

    /// <summary>A live event hosted by the other partner.</summary>
    private Task<string> OtherPartnersLiveEventAsync()
    {
        var input = new
        {
            title = "Other partner's workshop", kind = "SECTOR_WORKSHOP", hostPartnerId = MatrixWorld.OtherPartner, region = "KENT", sectors = new[] { "NEW_MATERIALS" },
            startsAtLocal = "2031-06-01T09:30:00", endsAtLocal = "2031-06-01T17:00:00", venue = "Maidstone", capacity = 50,
        };
        return ApiScenario.StartEventAsync(World.Secretariat, input);
    }
}
