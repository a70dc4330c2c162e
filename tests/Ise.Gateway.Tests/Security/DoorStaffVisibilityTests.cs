using System.Text.Json.Nodes;
using Ise.Gateway.Demo;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// Door staff work one door: every path that returns an event's details gives them their own event
/// and refuses any other, whether asked by id or listed.
/// </summary>
public sealed class DoorStaffVisibilityTests(MatrixGatewayFactory factory) : IClassFixture<MatrixGatewayFactory>
{
    private const string Events = "query($f: EventFilter) { events(first: 100, filter: $f) { totalCount edges { node { id } } pageInfo { hasNextPage } } }";
    private const string Event = "query($id: ID!) { event(id: $id) { id title } }";

    private MatrixWorld World => factory.World;

    [Fact]
    public async Task Door_staff_list_their_own_event_only_whatever_the_filter()
    {
        var own = World.Client(MatrixRole.DoorOwn);
        var other = World.Client(MatrixRole.DoorOther);

        Assert.Equal([MatrixWorld.MainEventId], Ids(await own.DataAsync(Events)));
        Assert.Equal([MatrixWorld.MainEventId], Ids(await own.DataAsync(Events, new { f = new { status = "LIVE" } })));
        Assert.Equal([DemoEvents.WorkshopId], Ids(await other.DataAsync(Events)));
        Assert.Empty(Ids(await other.DataAsync(Events, new { f = new { status = "LIVE", region = "HAUTS_DE_FRANCE" } })));
        Assert.Contains(MatrixWorld.MainEventId, Ids(await World.Client(MatrixRole.OrganiserOther).DataAsync(Events, new { f = new { region = "HAUTS_DE_FRANCE" } })));
    }

    [Fact]
    public async Task Door_staff_asking_for_another_event_by_id_are_refused_and_not_told_whether_it_exists()
    {
        var other = World.Client(MatrixRole.DoorOther);

        var (code, _, message) = await other.ErrorAsync(Event, new { id = MatrixWorld.MainEventId });
        var (missing, _, _) = await other.ErrorAsync(Event, new { id = "ev-does-not-exist" });
        var own = await other.DataAsync(Event, new { id = DemoEvents.WorkshopId });

        Assert.Equal("FORBIDDEN", code);
        Assert.Contains(DemoEvents.WorkshopId, message, StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", missing);
        Assert.Equal(DemoEvents.WorkshopId, own["event"]!["id"]!.GetValue<string>());
    }

    private static List<string> Ids(JsonNode data) =>
        [.. data["events"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];
}
