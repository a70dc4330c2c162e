using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Ise.Events;
using Ise.Testing;
using static Ise.Gateway.Tests.Imports.ImportUploads;

namespace Ise.Gateway.Tests.Imports;

/// <summary>The history import of past events over real HTTP: the upload, the job's report, the events as the API shows them, re-runs and refused files.</summary>
public sealed class HistoryImportApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    public const string Path = "/api/imports/history/events";

    public const string Header = "Reference;Kind;Host partner;Region;Sectors;Title;Date;Start;End;Venue;Capacity";

    private ImportUploads Uploads => new(factory);

    [Fact]
    public async Task Past_events_are_loaded_as_held_a_future_one_is_refused_on_its_date_and_a_rerun_changes_nothing()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var nextMonth = DateTime.UtcNow.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = string.Join("\r\n",
            Header,
            $"{run}-a;Cross-Border Event (Innovation Pathway Programme);;Hauts-de-France;\"New Materials, Mechatronics\";Matériaux transfrontaliers;2018-10-02;09:00;18:00;Arras;60",
            $"{run}-b;taster-session;aditec;Hauts-de-France;Food & Drink;Goûter innovation;15/01/2019;14:00;16:30;Lille;20",
            $"{run}-c;taster-session;aditec;Hauts-de-France;Food & Drink;Next month's taster;{nextMonth};14:00;16:30;Lille;20",
            $"{run}-d;taster-session;aditec;Hauts-de-France;Food & Drink;;2019-01-16;14:00;16:30;Lille;20",
            "");

        var job = await Uploads.ImportAsync("dev-partner-aditec", Path, Encoding.UTF8.GetBytes(csv), "history.csv");
        var rerun = await Uploads.ImportAsync("dev-partner-aditec", Path, Encoding.UTF8.GetBytes(csv), "history.csv");

        Assert.Equal(("history_events", "completed", 4, 2, 0, 2), (Text(job, "kind"), Text(job, "status"), Number(job, "total"), Number(job, "accepted"), Number(job, "unchanged"), Number(job, "rejected")));
        var rejected = job["rejectedRows"]!.AsArray().ToDictionary(r => Number(r!, "line"), r => Text(r!, "message"));
        Assert.StartsWith($"date: {nextMonth} is not past", rejected[4], StringComparison.Ordinal);
        Assert.Equal("title: title is required.", rejected[5]);
        Assert.Equal((0, 2, 2), (Number(rerun, "accepted"), Number(rerun, "unchanged"), Number(rerun, "rejected")));

        var api = new GraphQLClient(factory.CreateClient(), "dev-partner-aditec");
        var first = (await api.DataAsync("query($id: ID!) { event(id: $id) { status kind title startsAtLocal timeZone sectors hostPartnerId } }",
            new { id = EventIds.FromReference("aditec", $"{run}-a") }))["event"]!;
        Assert.Equal(("CLOSED", "CROSS_BORDER_EVENT", "Matériaux transfrontaliers", "2018-10-02T09:00:00", "Europe/Brussels"),
            (Text(first, "status"), Text(first, "kind"), Text(first, "title"), Text(first, "startsAtLocal"), Text(first, "timeZone")));
        Assert.Equal(["NEW_MATERIALS", "MECHATRONICS"], first["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
        var graph = (await api.DataAsync("query($id: ID!) { importJob(id: $id) { kind accepted } }", new { id = Text(job, "id") }))["importJob"]!;
        Assert.Equal(("HISTORY_EVENTS", 2), (Text(graph, "kind"), Number(graph, "accepted")));
    }

    [Fact]
    public async Task Markup_and_formulas_are_stored_as_given_and_reported_inert()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var csv = string.Join("\n",
            "reference,kind,region,sectors,title,date,start,end,venue,capacity",
            $"{run}-<b>x</b>,taster-session,Hauts-de-France,Mechatronics,<script>alert(1)</script>,2019-09-10,10:00,12:00,\"=cmd|' /C calc'!A0\",10",
            $"{run}-bad,<img src=x onerror=alert(1)>,Hauts-de-France,Mechatronics,Taster,2019-09-11,10:00,12:00,Lille,10",
            "");

        var job = await Uploads.ImportAsync("dev-partner-aditec", Path, Encoding.UTF8.GetBytes(csv), "hostile.csv");

        Assert.Equal((1, 1), (Number(job, "accepted"), Number(job, "rejected")));
        Assert.StartsWith("kind: '‹img src=x onerror=alert(1)›' is not an event kind", Text(job["rejectedRows"]![0]!, "message"), StringComparison.Ordinal);
        var stored = (await new GraphQLClient(factory.CreateClient(), "dev-partner-aditec").DataAsync("query($id: ID!) { event(id: $id) { title venue } }",
            new { id = EventIds.FromReference("aditec", $"{run}-<b>x</b>") }))["event"]!;
        Assert.Equal(("<script>alert(1)</script>", "=cmd|' /C calc'!A0"), (Text(stored, "title"), Text(stored, "venue")));
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_whole_and_door_staff_may_not_load_history()
    {
        var (status, body, _) = await Uploads.PostWithLocationAsync("dev-secretariat", Path, Encoding.UTF8.GetBytes("reference,kind,region,title,date\nx,taster-session,Kent,Taster,2019-01-01\n"));
        var (door, _, _) = await Uploads.PostWithLocationAsync("dev-door-workshop", Path, Encoding.UTF8.GetBytes(Header + "\n"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(("VALIDATION", "file"), (Text(problem, "code"), Text(problem, "field")));
        Assert.StartsWith("Missing columns sectors, start, end, venue, capacity; the header row has: reference, kind, region, title, date. Expected columns: reference, kind, host_partner (optional), region,", Text(problem, "detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, door);
    }
}
