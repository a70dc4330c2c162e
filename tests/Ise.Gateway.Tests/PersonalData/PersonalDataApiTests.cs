using System.Globalization;
using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Gateway.Tests.PersonalData;

public sealed class PersonalDataApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Audit = """
        query($day: DateOnly!, $after: String) {
          personalDataAudit(day: $day, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { actor action smeId contactId detail } } }
        }
        """;

    private GraphQLClient Client(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    [Fact]
    public async Task Subject_access_rectification_and_erasure_work_end_to_end_and_are_audited()
    {
        var id = await TestSmes.RegisterAsync(Client(), "aditec", TestSmes.Contact("Anna de Vries", "anna@example.nl", "+31 6 1234 5678"));

        var export = await Client().DataAsync(
            "query($id: ID!) { subjectAccessExport(smeId: $id, contactId: \"c1\") { smeId contact { id name email phone consentVersion consentLanguage } } }", new { id });
        var rectified = await Client("dev-partner-aditec").DataAsync(
            "mutation($id: ID!, $c: ContactInput!) { rectifyContact(smeId: $id, contactId: \"c1\", contact: $c) { id name email consentVersion } }",
            new { id, c = new { name = "Anna Jansen", email = "anna@jansen.nl" } });
        var erased = await Client().DataAsync("mutation($id: ID!) { eraseContact(smeId: $id, contactId: \"c1\") { erased } }", new { id });
        var again = await Client().DataAsync("mutation($id: ID!) { eraseContact(smeId: $id, contactId: \"c1\") { erased } }", new { id });
        var after = await Client().DataAsync("query($id: ID!) { sme(id: $id) { contactCount contacts { id } journey { totalCount } } }", new { id });

        Assert.Equal("Anna de Vries", export["subjectAccessExport"]!["contact"]!["name"]!.GetValue<string>());
        Assert.Equal("DUTCH", export["subjectAccessExport"]!["contact"]!["consentLanguage"]!.GetValue<string>());
        Assert.Equal(("Anna Jansen", "anna@jansen.nl", "2026-01"), (
            rectified["rectifyContact"]!["name"]!.GetValue<string>(), rectified["rectifyContact"]!["email"]!.GetValue<string>(),
            rectified["rectifyContact"]!["consentVersion"]!.GetValue<string>()));
        Assert.True(erased["eraseContact"]!["erased"]!.GetValue<bool>());
        Assert.False(again["eraseContact"]!["erased"]!.GetValue<bool>());
        Assert.Equal(0, after["sme"]!["contactCount"]!.GetValue<int>());
        Assert.Equal(1, after["sme"]!["journey"]!["totalCount"]!.GetValue<int>());

        var actions = new List<string>();
        await Eventually.TrueAsync(
            async () =>
            {
                actions = [.. (await AuditOfTodayAsync()).Where(n => n["smeId"]!.GetValue<string>() == id).Select(n => n["action"]!.GetValue<string>())];
                return actions.Count == 4;
            },
            TimeSpan.FromSeconds(15),
            "the erasure is audited");
        Assert.Equal(["ADDED", "ERASED", "EXPORTED", "RECTIFIED"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_read_of_contacts_is_audited_with_who_read_them()
    {
        var id = await TestSmes.RegisterAsync(Client(), "aditec", TestSmes.Contact("Bram Peeters"), TestSmes.Contact("Carla Smit"));

        await Client("dev-partner-aditec").DataAsync("query($id: ID!) { sme(id: $id) { contacts { name } } }", new { id });

        var reads = new List<JsonNode>();
        await Eventually.TrueAsync(
            async () =>
            {
                reads = [.. (await AuditOfTodayAsync()).Where(n => n["smeId"]!.GetValue<string>() == id && n["action"]!.GetValue<string>() == "READ")];
                return reads.Count == 2;
            },
            TimeSpan.FromSeconds(10),
            "both contacts' reads are audited");
        Assert.All(reads, r => Assert.Equal(("ADITEC staff (development) [PartnerStaff]", "contacts"), (r["actor"]!.GetValue<string>(), r["detail"]!.GetValue<string>())));
        Assert.Equal(["c1", "c2"], reads.Select(r => r["contactId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("dev-partner-aditec", "eraseContact")]
    [InlineData("dev-partner-kcc", "rectifyContact")]
    [InlineData("dev-partner-aditec", "subjectAccessExport")]
    [InlineData("dev-partner-aditec", "personalDataAudit")]
    [InlineData("dev-member-gentse-sensoren", "rectifyContact")]
    public async Task Data_protection_operations_are_forbidden_to_other_roles_and_change_nothing(string key, string operation)
    {
        var id = await TestSmes.RegisterAsync(Client(), "aditec", TestSmes.Contact("Dirk Janssens", "dirk@example.be"));
        var document = operation switch
        {
            "eraseContact" => "mutation($id: ID!) { eraseContact(smeId: $id, contactId: \"c1\") { erased } }",
            "rectifyContact" => "mutation($id: ID!) { rectifyContact(smeId: $id, contactId: \"c1\", contact: { name: \"X\" }) { id } }",
            "subjectAccessExport" => "query($id: ID!) { subjectAccessExport(smeId: $id, contactId: \"c1\") { smeId } }",
            _ => "{ personalDataAudit(day: \"2026-01-01\") { totalCount } }",
        };

        var (code, _, _) = await Client(key).ErrorAsync(document, new { id });

        Assert.Equal("FORBIDDEN", code);
        var contact = (await Client().DataAsync("query($id: ID!) { sme(id: $id) { contacts { name email } } }", new { id }))["sme"]!["contacts"]![0]!;
        Assert.Equal(("Dirk Janssens", "dirk@example.be"), (contact["name"]!.GetValue<string>(), contact["email"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_contacts_and_bad_details_are_typed_errors()
    {
        var id = await TestSmes.RegisterAsync(Client(), "aditec", TestSmes.Contact("Els Maes"));

        var (missing, missingField, _) = await Client().ErrorAsync("mutation($id: ID!) { eraseContact(smeId: $id, contactId: \"c7\") { erased } }", new { id });
        var (bad, badField, message) = await Client().ErrorAsync(
            "mutation($id: ID!) { rectifyContact(smeId: $id, contactId: \"c1\", contact: { name: \"Els\", email: \"nope\" }) { id } }", new { id });

        Assert.Equal(("NOT_FOUND", "contactId"), (missing, missingField));
        Assert.Equal(("VALIDATION", "email"), (bad, badField));
        Assert.Contains("nope", message, StringComparison.Ordinal);
    }

    private async Task<List<JsonNode>> AuditOfTodayAsync()
    {
        var day = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nodes = new List<JsonNode>();
        string? after = null;
        while (true)
        {
            var page = (await Client().DataAsync(Audit, new { day, after }))["personalDataAudit"]!;
            nodes.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return nodes;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }
}
