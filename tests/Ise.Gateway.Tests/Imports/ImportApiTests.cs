using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ise.Events;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Ise.Gateway.Tests.Imports.ImportUploads;

namespace Ise.Gateway.Tests.Imports;

/// <summary>CSV imports over real HTTP: jobs, their reports, re-runs, refused files and callers.</summary>
public sealed class ImportApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string SmeHeader = "Country;Company ID;Company name;Région;Sector;Employees;Turnover;Balance sheet total;Currency;Lead partner";

    private IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    private ImportUploads Uploads => new(factory);

    [Fact]
    public async Task An_SME_list_is_imported_row_by_row_and_a_rerun_changes_nothing()
    {
        var (first, second, third) = (TestCompanyIds.Belgian(), TestCompanyIds.Kvk(), TestCompanyIds.Kvk());
        var csv = string.Join("\r\n",
            SmeHeader,
            $"BE;{first};Gentse Robots NV;East Flanders;Mechatronics;12;1.250.000,50;800.000;EUR;",
            $"Netherlands;{second};Zeeuwse Smaak BV;south-west-netherlands;Food & Drink;40;3,000,000;2,000,000;;aditec",
            $"NL;{second};Zeeuwse Smaak again;South-West Netherlands;food-and-drink;40;3000000;2000000;;",
            $"NL;{third};Wrong Region BV;Yorkshire;Mechatronics;5;100000;100000;;",
            "BE;0123456789;Bad Number NV;West Flanders;New Materials;5;100000;100000;;",
            $"NL;{TestCompanyIds.Kvk()};Other Partner BV;South-West Netherlands;New Materials;5;100000;100000;;kent-county-council",
            "");

        var job = await ImportAsync("dev-partner-aditec", "/api/imports/smes", Bom(csv), "smes.csv");

        Assert.Equal(("completed", 6, 2, 0, 4), (Text(job, "status"), Number(job, "total"), Number(job, "accepted"), Number(job, "unchanged"), Number(job, "rejected")));
        var rejected = job["rejectedRows"]!.AsArray().ToDictionary(r => Number(r!, "line"), r => Text(r!, "message"));
        Assert.Equal("duplicate of line 3", rejected[4]);
        Assert.Contains("region: 'Yorkshire' is not a programme region", rejected[5], StringComparison.Ordinal);
        Assert.Contains("company_id:", rejected[6], StringComparison.Ordinal);
        Assert.Contains("staff of aditec register SMEs for aditec only", rejected[7], StringComparison.Ordinal);
        var profile = (await Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.BE, first)).GetAsync()).Profile;
        Assert.Equal((1_250_000.50m, 800_000m, "aditec", Region.EastFlanders), (profile.Turnover.Amount, profile.BalanceSheetTotal.Amount, profile.LeadPartnerId, profile.Region));
        Assert.True(await Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, second)).ExistsAsync());
        Assert.False(await Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, third)).ExistsAsync());

        var rerun = await ImportAsync("dev-partner-aditec", "/api/imports/smes", Bom(csv), "smes.csv");
        Assert.Equal((0, 2, 4), (Number(rerun, "accepted"), Number(rerun, "unchanged"), Number(rerun, "rejected")));
        Assert.All(rerun["rows"]!.AsArray(), r => Assert.Equal("unchanged", Text(r!, "outcome")));

        var id = Text(job, "id");
        var graph = await new GraphQLClient(factory.CreateClient(), "dev-partner-aditec").DataAsync(
            "query($id: ID!) { importJob(id: $id) { kind status total done accepted rejected rejectedRows { line outcome message } } }", new { id });
        Assert.Equal(("SMES", "COMPLETED", 6, 2), (Text(graph["importJob"]!, "kind"), Text(graph["importJob"]!, "status"), Number(graph["importJob"]!, "done"), Number(graph["importJob"]!, "accepted")));
        Assert.Equal("FORBIDDEN", (await new GraphQLClient(factory.CreateClient(), "dev-partner-kcc").ErrorAsync("query($id: ID!) { importJob(id: $id) { total } }", new { id })).Code);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http("dev-partner-kcc").GetAsync(new Uri($"/api/imports/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http("dev-secretariat").GetAsync(new Uri($"/api/imports/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http("dev-secretariat").GetAsync(new Uri("/api/imports/import-nothing", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Files_that_cannot_be_read_are_refused_whole_and_change_nothing()
    {
        var kvk = TestCompanyIds.Kvk();
        var noRegion = $"country,company_id,name,sector,staff,turnover,balance_sheet\nNL,{kvk},Missing Region BV,Mechatronics,5,100000,100000\n";
        var (status, body) = await PostAsync("dev-secretariat", "/api/imports/smes", Encoding.UTF8.GetBytes(noRegion));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Missing column region", body, StringComparison.Ordinal);
        Assert.False(await Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, kvk)).ExistsAsync());

        var latin1 = Encoding.Latin1.GetBytes($"country,company_id,name,region,sector,staff,turnover,balance_sheet,lead_partner\nNL,{kvk},Good BV,South-West Netherlands,Mechatronics,5,1,1,innovatiehuis\nFR,732829320,Société Générale,Hauts-de-France,Mechatronics,5,1,1,aditec\n");
        (status, body) = await PostAsync("dev-secretariat", "/api/imports/smes", latin1);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not UTF-8: line 3 has the invalid byte 0xE9 at byte 18 of the line", body, StringComparison.Ordinal);
        Assert.False(await Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, kvk)).ExistsAsync());

        (status, body) = await PostAsync("dev-secretariat", "/api/imports/smes", Encoding.UTF8.GetBytes("country;name;region;sector;staff;turnover;balance_sheet\n;;;;;;\n"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("no data rows", body, StringComparison.Ordinal);

        var tooLarge = new byte[(10 * 1024 * 1024) + (128 * 1024)];
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync("dev-secretariat", "/api/imports/smes", tooLarge)).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("dev-door-workshop", "/api/imports/smes", Encoding.UTF8.GetBytes(noRegion))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("dev-member-gentse-sensoren", "/api/imports/smes", Encoding.UTF8.GetBytes(noRegion))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(null, "/api/imports/smes", Encoding.UTF8.GetBytes(noRegion))).Status);
    }

    [Fact]
    public async Task A_rejected_rows_values_are_reported_cut_and_inert_never_in_full_or_as_markup()
    {
        var longCountry = new string('Z', 5_000);
        var csv = string.Join("\n",
            "country,company_id,name,region,sector,staff,turnover,balance_sheet,lead_partner",
            $"{longCountry},,Long Country BV,Kent,Mechatronics,5,1000,1000,aditec",
            "NL,,Markup BV,<img src=x onerror=alert(1)>,Mechatronics,5,1000,1000,aditec",
            "");

        var job = await ImportAsync("dev-secretariat", "/api/imports/smes", Encoding.UTF8.GetBytes(csv), "reflected.csv");

        var rejected = job["rejectedRows"]!.AsArray().ToDictionary(r => Number(r!, "line"), r => Text(r!, "message"));
        Assert.StartsWith($"country: '{new string('Z', 60)}… (5,000 characters)' is not GB, FR, BE or NL", rejected[2], StringComparison.Ordinal);
        Assert.True(rejected[2].Length < 200, rejected[2]);
        Assert.StartsWith("region: '‹img src=x onerror=alert(1)›' is not a programme region", rejected[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_uploaded_files_name_is_shown_cut_and_inert_never_in_full_or_as_markup()
    {
        var name = "<img src=x onerror=alert(1)>" + new string('n', 5_000) + ".csv";
        var csv = "country,company_id,name,region,sector,staff,turnover,balance_sheet,lead_partner\nNL,,Named File BV,Nowhere,Mechatronics,5,1000,1000,aditec\n";

        var (status, body, location) = await PostWithLocationAsync("dev-secretariat", "/api/imports/smes", Encoding.UTF8.GetBytes(csv), name);
        Assert.True(status == HttpStatusCode.Accepted, $"{(int)status}: {body}");
        var shown = new[] { Text(JsonNode.Parse(body)!, "fileName"), Text(JsonNode.Parse(await Http("dev-secretariat").GetStringAsync(location))!, "fileName") };

        Assert.All(shown, fileName =>
        {
            Assert.StartsWith("‹img src=x onerror=alert(1)›nnn", fileName, StringComparison.Ordinal);
            Assert.EndsWith("… (5,032 characters)", fileName, StringComparison.Ordinal);
            Assert.True(fileName.Length < 150, fileName);
        });
    }

    [Fact]
    public async Task An_attendance_list_checks_in_at_a_live_event_and_records_attendance_after_it_closed()
    {
        var (registered, byId, walkIn, noShow) = (await SmeAsync(), await SmeAsync(), await SmeAsync(), await SmeAsync());
        var eventId = EventIds.New();
        var @event = Grains.GetGrain<IEventGrain>(eventId);
        var start = new DateTime(2031, 3, 10, 9, 0, 0);
        await @event.CreateAsync(new CreateEvent("Import workshop", ActivityKind.SectorWorkshop, "voka-east-flanders", Region.EastFlanders, [Sector.Mechatronics],
            start, start.AddHours(3), "Gent", 20, null));
        var path = $"/api/imports/events/{eventId}/attendance";
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync("dev-organiser-voka-east", path, Encoding.UTF8.GetBytes($"sme_id\n{registered.SmeId}\n"))).Status);
        await @event.PublishAsync();
        var codes = new Dictionary<string, string>();
        foreach (var sme in new[] { registered, byId, noShow })
        {
            codes[sme.SmeId] = (await @event.RegisterAsync(sme, null)).Registration.Code;
        }

        await @event.StartAsync();
        var unknown = IseKeys.Sme(Country.NL, TestCompanyIds.Kvk());
        var live = string.Join("\n", "Attendee code,SME id", $"{codes[registered.SmeId]},", $",{byId.SmeId}", $",{walkIn.SmeId}", "NOT-A-CODE,", $"{codes[registered.SmeId]},", $",{unknown}", "");

        var job = await ImportAsync("dev-organiser-voka-east", path, Encoding.UTF8.GetBytes(live), "door.csv");

        Assert.Equal((6, 3, 0, 3), (Number(job, "total"), Number(job, "accepted"), Number(job, "unchanged"), Number(job, "rejected")));
        var rejected = job["rejectedRows"]!.AsArray().ToDictionary(r => Number(r!, "line"), r => Text(r!, "message"));
        Assert.Contains("is not an attendee code", rejected[5], StringComparison.Ordinal);
        Assert.Equal("duplicate of line 2", rejected[6]);
        Assert.Contains($"no SME with id {unknown}", rejected[7], StringComparison.Ordinal);
        var checkedIn = await @event.ListRegistrationsAsync(AttendanceStatus.CheckedIn);
        Assert.Equal(new[] { byId.SmeId, registered.SmeId, walkIn.SmeId }.Order(), checkedIn.Select(r => r.Attendee.SmeId).Order());
        Assert.True(checkedIn.Single(r => r.Attendee.SmeId == walkIn.SmeId).WalkIn);

        var rerun = await ImportAsync("dev-organiser-voka-east", path, Encoding.UTF8.GetBytes(live), "door.csv");
        Assert.Equal((0, 3, 3), (Number(rerun, "accepted"), Number(rerun, "unchanged"), Number(rerun, "rejected")));
        Assert.Equal(3, (await @event.ListRegistrationsAsync(AttendanceStatus.CheckedIn)).Count);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("dev-partner-kcc", path, Encoding.UTF8.GetBytes($"sme_id\n{noShow.SmeId}\n"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("dev-door-workshop", path, Encoding.UTF8.GetBytes($"sme_id\n{noShow.SmeId}\n"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("dev-secretariat", $"/api/imports/events/{EventIds.New()}/attendance", Encoding.UTF8.GetBytes($"sme_id\n{noShow.SmeId}\n"))).Status);
        Assert.Contains("needs a column attendee_code or sme_id", (await PostAsync("dev-secretariat", path, Encoding.UTF8.GetBytes($"company\n{noShow.SmeId}\n"))).Body, StringComparison.Ordinal);

        await @event.CloseAsync();
        var after = await ImportAsync("dev-secretariat", path, Encoding.UTF8.GetBytes($"sme_id;name\n{noShow.SmeId};late list\n{walkIn.SmeId};\n{unknown};\n"), "after.csv");
        Assert.Equal((1, 1, 1), (Number(after, "accepted"), Number(after, "unchanged"), Number(after, "rejected")));
        Assert.Equal("attendance recorded retroactively", Text(after["rows"]!.AsArray().Single(r => Text(r!, "outcome") == "accepted")!, "message"));
        Assert.Empty(await @event.ListRegistrationsAsync(AttendanceStatus.NoShow));
    }

    [Fact]
    public async Task A_large_file_shows_progress_while_it_is_applied()
    {
        const int Rows = 2_000;
        var csv = new StringBuilder("country,company_id,name,region,sector,staff,turnover,balance_sheet,lead_partner\n");
        var prefix = Random.Shared.Next(10, 99);
        for (var i = 0; i < Rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"NL,{prefix}{i:D6},Bulk {i} BV,South-West Netherlands,Digital & Creative,{i % 200},500000,400000,innovatiehuis\n");
        }

        var (status, body, location) = await PostWithLocationAsync("dev-secretariat", "/api/imports/smes", Encoding.UTF8.GetBytes(csv.ToString()));
        Assert.Equal(HttpStatusCode.Accepted, status);
        var seen = new List<int> { Number(JsonNode.Parse(body)!, "done") };
        JsonNode job;
        var http = Http("dev-secretariat");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        do
        {
            await Task.Delay(25);
            job = JsonNode.Parse(await http.GetStringAsync(location))!;
            seen.Add(Number(job, "done"));
        }
        while (Text(job, "status") == "running" && DateTime.UtcNow < deadline);

        Assert.Equal(("completed", Rows, Rows, 0), (Text(job, "status"), Number(job, "done"), Number(job, "accepted"), Number(job, "rejected")));
        Assert.Equal(0, seen[0]);
        Assert.Contains(seen, done => done is > 0 and < Rows);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal((100, Rows - 100), (job["rows"]!.AsArray().Count, Number(job, "omittedRows")));
    }

    private async Task<Attendee> SmeAsync()
    {
        var number = TestCompanyIds.Belgian();
        var id = IseKeys.Sme(Country.BE, number);
        await Grains.GetGrain<ISmeGrain>(id).RegisterAsync(new RegisterSme(Country.BE, number, "Attendee NV", Region.EastFlanders, Sector.Mechatronics, 10,
            new Money(1_000_000m, Currency.EUR), new Money(500_000m, Currency.EUR), "voka-east-flanders", []));
        return new Attendee(id, Country.BE, Region.EastFlanders, Sector.Mechatronics, null);
    }

    private Task<JsonNode> ImportAsync(string key, string path, byte[] file, string name) => Uploads.ImportAsync(key, path, file, name);

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string? key, string path, byte[] file)
    {
        var (status, body, _) = await Uploads.PostWithLocationAsync(key, path, file);
        return (status, body);
    }

    private Task<(HttpStatusCode Status, string Body, Uri? Location)> PostWithLocationAsync(string? key, string path, byte[] file, string name = "upload.csv") =>
        Uploads.PostWithLocationAsync(key, path, file, name);

    private HttpClient Http(string key) => Uploads.Http(key);

    private static byte[] Bom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
}
