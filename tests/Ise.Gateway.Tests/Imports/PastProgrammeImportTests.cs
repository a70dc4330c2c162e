using System.Text;
using System.Text.Json.Nodes;
using Ise.Events;
using Ise.Testing;
using static Ise.Gateway.Tests.Imports.ImportUploads;

namespace Ise.Gateway.Tests.Imports;

/// <summary>
/// A small programme of 2017 loaded through the history imports over real HTTP (four SMEs registered through the
/// API, four past events, three attendance lists), read back as the funder reads it: every figure by month,
/// quarter and year is written out by hand below, not worked out by the platform's rules. A gateway of its own,
/// so 2017 holds nothing else.
/// </summary>
public sealed class PastProgrammeImportTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    /// <summary>Who loaded the lists, as the journey names them: the development secretariat key's name and role.</summary>
    private const string Loader = "Programme secretariat (development) [Secretariat]";

    private const string Figures = "query($period: String!) { indicators(period: $period, breakdown: [REGION]) { figures { indicator cell net } } }";

    private static readonly string[] s_indicators =
        ["EVENTS_HELD", "ATTENDANCES", "WALK_INS", "NO_SHOWS", "CROSS_BORDER_PARTICIPATIONS", "ENTERPRISES_SUPPORTED", "ENTERPRISES_NON_FINANCIAL_SUPPORT"];

    /// <summary>
    /// The programme by hand. Events: workshop 14 Feb (Ghent), cross-border 7 Mar (Arras), taster 28 Mar (Canterbury),
    /// major event 20 Apr (Middelburg, nobody listed). Lists: workshop — A attended, B attended, C no-show;
    /// cross-border — A attended, C walk-in, D no-show; taster — B walk-in, D attended.
    /// Attendances are every attendance (Feb 2, Mar 4); walk-ins C and B in March; no-shows C in Feb, D in March;
    /// cross-border participations A and C; enterprises supported once each, in the month of their first attendance
    /// (A and B in February, C and D in March; C's February no-show is no support).
    /// </summary>
    private static readonly Dictionary<string, int[]> s_expectedTotals = new()
    {
        //                  held att walk noshow xborder supported nonfinancial
        ["2017-02"] = [1, 2, 0, 1, 0, 2, 2],
        ["2017-03"] = [2, 4, 2, 1, 2, 2, 2],
        ["2017-04"] = [1, 0, 0, 0, 0, 0, 0],
        ["2017-Q1"] = [3, 6, 2, 2, 2, 4, 4],
        ["2017-Q2"] = [1, 0, 0, 0, 0, 0, 0],
        ["2017"] = [4, 6, 2, 2, 2, 4, 4],
    };

    private ImportUploads Uploads => new(factory);

    private GraphQLClient Api => new(factory.CreateClient(), "dev-secretariat");

    [Fact]
    public async Task A_programme_of_2017_loaded_through_the_history_imports_has_every_figure_right_by_month_quarter_and_year()
    {
        var (a, b, c, d) = (await ApiScenario.SmeAsync(Api), await ApiScenario.SmeAsync(Api), await ApiScenario.SmeAsync(Api), await ApiScenario.SmeAsync(Api));
        var events = string.Join("\n",
            "reference,kind,host_partner,region,sectors,title,date,start,end,venue,capacity",
            "ISE-2017-01,sector-workshop,voka-east-flanders,East Flanders,Mechatronics,Sensors workshop,2017-02-14,09:30,17:00,Ghent,30",
            "ISE-2017-02,cross-border-event,aditec,Hauts-de-France,New Materials;Mechatronics,Cross-border days,07/03/2017,09:00,18:00,Arras,50",
            "ISE-2017-03,taster-session,kent-county-council,Kent,Digital & Creative,Evening taster,2017-03-28,18:00,20:00,Canterbury,20",
            "ISE-2017-04,major-innovation-event,innovatiehuis,South-West Netherlands,Mechatronics,Innovation day,2017-04-20,10:00,16:00,Middelburg,100",
            "");

        var loaded = await Uploads.ImportAsync("dev-secretariat", HistoryImportApiTests.Path, Encoding.UTF8.GetBytes(events), "programme-2017.csv");
        Assert.Equal((4, 0), (Number(loaded, "accepted"), Number(loaded, "rejected")));
        await ListAsync(EventIds.FromReference("voka-east-flanders", "ISE-2017-01"), $"sme_id,status\n{a},attended\n{b},attended\n{c},no-show\n");
        await ListAsync(EventIds.FromReference("aditec", "ISE-2017-02"), $"sme_id;status\n{a};present\n{c};walk-in\n{d};absent\n");
        await ListAsync(EventIds.FromReference("kent-county-council", "ISE-2017-03"), $"sme_id,status\n{b},walk in\n{d},\n");

        var actual = new Dictionary<string, int[]>();
        await Eventually.TrueAsync(async () =>
        {
            foreach (var period in s_expectedTotals.Keys)
            {
                actual[period] = Totals(await FiguresAsync(period));
            }

            return s_expectedTotals.All(e => e.Value.SequenceEqual(actual[e.Key]));
        }, TimeSpan.FromSeconds(60), "every figure of 2017 is counted");
        Assert.Equal(s_expectedTotals.Select(e => (e.Key, string.Join(",", e.Value))), actual.Select(e => (e.Key, string.Join(",", e.Value))));

        // The events held count in their own regions; the firms' attendances in theirs (all four are Dutch).
        var march = await FiguresAsync("2017-03");
        Assert.Equal((1, 1, 0), (Net(march, "EVENTS_HELD", "region:hauts-de-france"), Net(march, "EVENTS_HELD", "region:kent"), Net(march, "EVENTS_HELD", "region:east-flanders")));
        Assert.Equal(4, Net(march, "ATTENDANCES", "region:south-west-netherlands"));

        // C's journey: each engagement on its event's local day, recorded by the caller who loaded the list (the audit of a backdated record).
        var journey = (await Api.DataAsync("query($id: ID!) { sme(id: $id) { journey { edges { node { kind localTime eventId recordedBy } } } } }", new { id = c }))
            ["sme"]!["journey"]!["edges"]!.AsArray().Select(e => e!["node"]!).Where(n => n["eventId"] is not null)
            .Select(n => (n["kind"]!.GetValue<string>(), n["localTime"]!.GetValue<string>(), n["recordedBy"]?.GetValue<string>())).Order().ToList();
        Assert.Equal(
            [("NO_SHOW", "2017-02-14T09:30:00", Loader), ("REGISTERED_FOR_EVENT", "2017-02-14T09:30:00", Loader), ("WALK_IN", "2017-03-07T09:00:00", Loader)],
            journey);

        // Loading everything again changes nothing.
        var again = await Uploads.ImportAsync("dev-secretariat", HistoryImportApiTests.Path, Encoding.UTF8.GetBytes(events), "programme-2017.csv");
        var listAgain = await Uploads.ImportAsync("dev-secretariat", $"/api/imports/events/{EventIds.FromReference("aditec", "ISE-2017-02")}/attendance",
            Encoding.UTF8.GetBytes($"sme_id;status\n{a};present\n{c};walk-in\n{d};absent\n"), "list.csv");
        Assert.Equal((0, 4), (Number(again, "accepted"), Number(again, "unchanged")));
        Assert.Equal((0, 3), (Number(listAgain, "accepted"), Number(listAgain, "unchanged")));
        Assert.Equal(s_expectedTotals["2017"], Totals(await FiguresAsync("2017")));
    }

    private async Task ListAsync(string eventId, string csv)
    {
        var job = await Uploads.ImportAsync("dev-secretariat", $"/api/imports/events/{eventId}/attendance", Encoding.UTF8.GetBytes(csv), "list.csv");
        Assert.True(Number(job, "rejected") == 0, job.ToJsonString());
    }

    private async Task<JsonArray> FiguresAsync(string period) =>
        (await Api.DataAsync(Figures, new { period }))["indicators"]!["figures"]!.AsArray();

    private static int[] Totals(JsonArray figures) => [.. s_indicators.Select(i => Net(figures, i, "total"))];

    private static int Net(JsonArray figures, string indicator, string cell) =>
        figures.Where(f => f!["indicator"]!.GetValue<string>() == indicator && f["cell"]!.GetValue<string>() == cell).Sum(f => f!["net"]!.GetValue<int>());
}
