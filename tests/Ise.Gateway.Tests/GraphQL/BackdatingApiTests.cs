using System.Text.Json.Nodes;
using Ise.Diagnostics;

namespace Ise.Gateway.Tests.GraphQL;

/// <summary>Engagements recorded after the day they happened, through the API (issue 21): occurredOn, its bounds, who may give it, and the audit.</summary>
public sealed class BackdatingApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Submit = """
        mutation($smeId: ID!, $input: SubmitDiagnosticInput!, $on: DateOnly) {
          submitDiagnostic(smeId: $smeId, input: $input, occurredOn: $on) { assessmentCount }
        }
        """;

    private const string Journey = """
        query($id: ID!) { sme(id: $id) { clusters journey(first: 20) { edges { node { kind occurredAt localTime recordedAt recordedBy } } } } }
        """;

    private const string Join = "mutation($s: ID!, $on: DateOnly) { joinCluster(smeId: $s, sector: FOOD_AND_DRINK, occurredOn: $on) { clusters } }";

    private GraphQLClient Client(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    [Fact]
    public async Task A_backdated_assessment_is_dated_the_day_it_was_made_and_its_journey_entry_says_who_recorded_it_and_when()
    {
        var smeId = await TestSmes.RegisterAsync(Client());
        var before = DateTimeOffset.UtcNow;

        await Client("dev-partner-aditec").DataAsync(Submit, new { smeId, input = Input(), on = "2018-05-03" });
        await Client("dev-partner-aditec").DataAsync(Join, new { s = smeId, on = "2018-06-11" });

        var entries = await EntriesAsync(smeId);
        var diagnostic = entries.Single(e => e["kind"]!.GetValue<string>() == "DIAGNOSTIC");
        Assert.StartsWith("2018-05-03T12:00", diagnostic["localTime"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2018, 5, 3, 10, 0, 0, TimeSpan.Zero), diagnostic["occurredAt"]!.GetValue<DateTimeOffset>());
        Assert.InRange(diagnostic["recordedAt"]!.GetValue<DateTimeOffset>(), before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Contains("PartnerStaff", diagnostic["recordedBy"]!.GetValue<string>(), StringComparison.Ordinal);
        var joined = entries.Single(e => e["kind"]!.GetValue<string>() == "CLUSTER_JOINED");
        Assert.StartsWith("2018-06-11", joined["localTime"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("PartnerStaff", joined["recordedBy"]!.GetValue<string>(), StringComparison.Ordinal);

        // An engagement recorded on the day reads as recorded when it happened.
        var enrolled = entries.Single(e => e["kind"]!.GetValue<string>() == "ENROLLED");
        Assert.Equal(enrolled["occurredAt"]!.GetValue<DateTimeOffset>(), enrolled["recordedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_future_day_a_day_before_the_programme_and_backdating_by_a_member_are_refused_and_change_nothing()
    {
        var smeId = await TestSmes.RegisterAsync(Client());
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var tooLate = await Client("dev-partner-aditec").ErrorAsync(Submit, new { smeId, input = Input(), on = future });
        var tooEarly = await Client().ErrorAsync(Submit, new { smeId, input = Input(), on = "2016-12-31" });
        var joinTooLate = await Client().ErrorAsync(Join, new { s = smeId, on = future });
        var member = await Client("dev-member-gentse-sensoren").ErrorAsync(Join, new { s = "BE-0403170701", on = "2019-01-01" });

        Assert.Equal(("VALIDATION", "occurredOn"), (tooLate.Code, tooLate.Field));
        Assert.Contains("in the future", tooLate.Message, StringComparison.Ordinal);
        Assert.Equal(("VALIDATION", "occurredOn"), (tooEarly.Code, tooEarly.Field));
        Assert.Contains("before the programme started (2017-01-01)", tooEarly.Message, StringComparison.Ordinal);
        Assert.Equal(("VALIDATION", "occurredOn"), (joinTooLate.Code, joinTooLate.Field));
        Assert.Equal(("FORBIDDEN", "occurredOn"), (member.Code, member.Field));

        var sme = (await Client().DataAsync(Journey, new { id = smeId }))["sme"]!;
        Assert.Empty(sme["clusters"]!.AsArray());
        Assert.Equal(["ENROLLED"], sme["journey"]!["edges"]!.AsArray().Select(e => e!["node"]!["kind"]!.GetValue<string>()));
        var memberSme = (await Client().DataAsync(Journey, new { id = "BE-0403170701" }))["sme"]!;
        Assert.DoesNotContain(memberSme["journey"]!["edges"]!.AsArray(), e => e!["node"]!["localTime"]!.GetValue<string>().StartsWith("2019-01-01", StringComparison.Ordinal));
    }

    private async Task<List<JsonNode>> EntriesAsync(string smeId) =>
        [.. (await Client().DataAsync(Journey, new { id = smeId }))["sme"]!["journey"]!["edges"]!.AsArray().Select(e => e!["node"]!)];

    private static object Input() =>
        new { version = 1, language = "ENGLISH", partnerId = "aditec", answers = DiagnosticCatalog.Embedded.Get(1).Questions.Select(q => new { questionId = q.Id, value = 2 }).ToArray() };
}
