using Ise.Gateway.Demo;

namespace Ise.Gateway.Tests.GraphQL;

/// <summary>walkInCandidates: the door's search for a walk-in by name, scoped like check-in.</summary>
public sealed class WalkInCandidatesTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Search = "query($e: ID!, $n: String!, $f: Int) { walkInCandidates(eventId: $e, name: $n, first: $f) { id name country region sector } }";

    private GraphQLClient Client(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    /// <summary>Searches as <paramref name="key"/> until the SME lists (kept up to date through the outbox) show a match.</summary>
    private async Task<System.Text.Json.Nodes.JsonArray> FoundAsync(string key, string eventId, string name)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(200))
        {
            var found = (await Client(key).DataAsync(Search, new { e = eventId, n = name, f = 5 }))["walkInCandidates"]!.AsArray();
            if (found.Count > 0)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No SME named like '{name}' was ever found.");
        }
    }

    [Fact]
    public async Task Door_staff_find_an_SME_by_part_of_its_name_ignoring_case_and_accents_and_get_its_company_data_only()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var smeId = await ApiScenario.SmeAsync(Client(), $"Brasserie Élan {tag} BV");

        var found = await FoundAsync("dev-door-workshop", DemoEvents.WorkshopId, $"ELAN {tag}");

        var sme = Assert.Single(found);
        Assert.Equal(smeId, sme!["id"]!.GetValue<string>());
        Assert.Equal($"Brasserie Élan {tag} BV", sme["name"]!.GetValue<string>());
        Assert.Equal("SOUTH_WEST_NETHERLANDS", sme["region"]!.GetValue<string>());
        Assert.Equal("MECHATRONICS", sme["sector"]!.GetValue<string>());
    }

    [Fact]
    public async Task Door_staff_search_for_their_own_event_only_and_bad_arguments_name_their_field()
    {
        var otherEvent = await ApiScenario.LiveEventAsync(Client(), capacity: 5);

        var (elsewhere, _, _) = await Client("dev-door-workshop").ErrorAsync(Search, new { e = otherEvent, n = "Attendee" });
        var (otherHost, _, _) = await Client("dev-partner-aditec").ErrorAsync(Search, new { e = otherEvent, n = "Attendee" });
        var (member, _, _) = await Client("dev-member-gentse-sensoren").ErrorAsync(Search, new { e = otherEvent, n = "Attendee" });
        var (shortName, nameField, _) = await Client().ErrorAsync(Search, new { e = otherEvent, n = " A " });
        var (tooMany, firstField, _) = await Client().ErrorAsync(Search, new { e = otherEvent, n = "Attendee", f = 21 });
        var (unknown, eventField, _) = await Client().ErrorAsync(Search, new { e = "ev-nosuchevent", n = "Attendee" });

        Assert.Equal("FORBIDDEN", elsewhere);
        Assert.Equal("FORBIDDEN", otherHost);
        Assert.Equal("FORBIDDEN", member);
        Assert.Equal(("VALIDATION", "name"), (shortName, nameField));
        Assert.Equal(("VALIDATION", "first"), (tooMany, firstField));
        Assert.Equal(("NOT_FOUND", "eventId"), (unknown, eventField));
    }
}
