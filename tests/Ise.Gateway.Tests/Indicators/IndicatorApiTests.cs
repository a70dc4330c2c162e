using System.Net;
using CsvHelper;
using Ise.Effects;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Ise.Gateway.Tests.Indicators;

/// <summary>Indicators over real HTTP: GraphQL figures and evidence, freezing, and the CSV and XLSX exports read back.</summary>
public sealed class IndicatorApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Figures = """
        query($period: String!) {
          indicators(period: $period, breakdown: [PARTNER]) {
            period frozen note
            figures { indicator dimension cell count adjustment }
            evidence(indicator: ENTERPRISES_ASSESSED, cell: "total") { rows { companyId name date partnerId activity change } endCursor }
          }
        }
        """;

    [Fact]
    public async Task Figures_evidence_and_exports_agree_and_are_scoped_by_caller()
    {
        var smeId = await DiagnosedSmeAsync(new DateTime(2008, 5, 14, 10, 0, 0));
        var secretariat = new GraphQLClient(factory.CreateClient());
        await Eventually.TrueAsync(async () =>
        {
            var data = await secretariat.DataAsync(Figures, new { period = "2008-05" });
            return data["indicators"]!["figures"]!.AsArray().Any(f => f!["indicator"]!.GetValue<string>() == "ENTERPRISES_ASSESSED"
                && f["cell"]!.GetValue<string>() == "total" && f["count"]!.GetValue<int>() == 1);
        }, TimeSpan.FromSeconds(20), "the diagnostic is counted");

        var report = (await secretariat.DataAsync(Figures, new { period = "2008-05" }))["indicators"]!;
        var row = Assert.Single(report["evidence"]!["rows"]!.AsArray())!;
        Assert.Equal((smeId, "2008-05-14", "aditec", "DIAGNOSTIC_ASSESSMENT", 1),
            (row["companyId"]!.GetValue<string>(), row["date"]!.GetValue<string>(), row["partnerId"]!.GetValue<string>(), row["activity"]!.GetValue<string>(), row["change"]!.GetValue<int>()));
        Assert.Contains("may add up to more than the total", report["note"]!.GetValue<string>(), StringComparison.Ordinal);

        var http = Http("dev-secretariat");
        var figures = await CsvAsync(http, "/api/indicators/2008-05/figures.csv");
        Assert.Contains("may add up to more than the total", figures.Comment, StringComparison.Ordinal);
        Assert.Equal("1", figures.Rows.Single(r => r["indicator"] == "enterprises-assessed" && r["cell"] == "partner:aditec")["count"]);
        Assert.Equal("1", figures.Rows.Single(r => r["indicator"] == "enterprises-supported" && r["cell"] == "size:small")["net"]);
        var evidence = await CsvAsync(http, "/api/indicators/2008-05/evidence.csv");
        Assert.Contains(evidence.Rows, r => r["indicator"] == "enterprises-assessed" && r["company_id"] == smeId && r["date"] == "2008-05-14" && r["change"] == "1");

        var xlsx = await http.GetAsync(new Uri("/api/indicators/2008-05.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheet = book.Query(useHeaderRow: true, sheetName: "Figures").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("1", sheet.Single(r => (string)r["indicator"] == "enterprises-assessed" && (string)r["cell"] == "total")["count"]?.ToString());
        book.Position = 0;
        Assert.Contains(book.Query(useHeaderRow: true, sheetName: "Evidence").Cast<IDictionary<string, object>>(), r => (string)r["company_id"] == smeId);
        book.Position = 0;
        Assert.Contains(book.Query(useHeaderRow: true, sheetName: "Notes").Cast<IDictionary<string, object>>(),
            r => ((string)r["note"]).Contains("may add up to more than the total", StringComparison.Ordinal));

        var partner = await CsvAsync(Http("dev-partner-kcc"), "/api/indicators/2008-05/figures.csv");
        Assert.All(partner.Rows, r => Assert.Equal("partner:kent-county-council", r["cell"]));
        Assert.Empty((await CsvAsync(Http("dev-partner-kcc"), "/api/indicators/2008-05/evidence.csv")).Rows);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http("dev-door-workshop").GetAsync(new Uri("/api/indicators/2008-05/figures.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync(new Uri("/api/indicators/2008-13/figures.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync(new Uri("/api/indicators/2008-05/figures.csv?breakdown=colour", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_secretariat_freezes_an_ended_period_and_nobody_else_can()
    {
        const string Freeze = "mutation($period: String!) { freezePeriod(period: $period) { period frozen frozenBy } }";

        var refused = await new GraphQLClient(factory.CreateClient(), "dev-partner-aditec").ErrorAsync(Freeze, new { period = "2007-Q2" });
        var programme = await new GraphQLClient(factory.CreateClient()).ErrorAsync(Freeze, new { period = "programme" });
        var frozen = await new GraphQLClient(factory.CreateClient()).DataAsync(Freeze, new { period = "2007-Q2" });

        Assert.Equal("FORBIDDEN", refused.Code);
        Assert.Equal(("VALIDATION", "period"), (programme.Code, programme.Field));
        Assert.True(frozen["freezePeriod"]!["frozen"]!.GetValue<bool>());
        var status = await new GraphQLClient(factory.CreateClient()).DataAsync("{ indicators(period: \"2007-Q2\") { frozen } reportingPeriod(period: \"2007-Q2\") { frozenBy } }");
        Assert.True(status["indicators"]!["frozen"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(status["reportingPeriod"]!["frozenBy"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_name_that_looks_like_a_formula_is_exported_as_text_and_kept_as_given()
    {
        const string Formula = "=cmd|' /C calc'!A0";
        var smeId = await DiagnosedSmeAsync(new DateTime(2008, 7, 14, 10, 0, 0), Formula);
        var http = Http("dev-secretariat");
        await Eventually.TrueAsync(async () => (await CsvAsync(http, "/api/indicators/2008-07/evidence.csv")).Rows.Any(r => r["company_id"] == smeId),
            TimeSpan.FromSeconds(20), "the diagnostic is in the evidence");

        var csv = await http.GetStringAsync(new Uri("/api/indicators/2008-07/evidence.csv", UriKind.Relative));
        var evidence = (await CsvAsync(http, "/api/indicators/2008-07/evidence.csv")).Rows.Where(r => r["company_id"] == smeId).ToList();
        var xlsx = await http.GetByteArrayAsync(new Uri("/api/indicators/2008-07.xlsx", UriKind.Relative));
        using var book = new MemoryStream(xlsx);
        var sheet = book.Query(useHeaderRow: true, sheetName: "Evidence").Cast<IDictionary<string, object>>().Where(r => (string)r["company_id"] == smeId).ToList();
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        var formulas = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).Count(xml => xml.Contains("<x:f>", StringComparison.Ordinal) || xml.Contains("<f>", StringComparison.Ordinal));

        Assert.Contains("\"'=cmd|' /C calc'!A0\"", csv, StringComparison.Ordinal);
        Assert.All(evidence, r => Assert.Equal("'" + Formula, r["name"]));
        Assert.All(evidence, r => Assert.Equal("1", r["change"]));
        Assert.All(sheet, r => Assert.Equal(Formula, r["name"]));
        Assert.NotEmpty(sheet);
        Assert.Equal(0, formulas);
        var stored = await new GraphQLClient(factory.CreateClient()).DataAsync("query($id: ID!) { sme(id: $id) { name } }", new { id = smeId });
        Assert.Equal(Formula, stored["sme"]!["name"]!.GetValue<string>());
    }

    private HttpClient Http(string key)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    private async Task<string> DiagnosedSmeAsync(DateTime local, string name = "Diagnosed BV")
    {
        var kvk = TestCompanyIds.Kvk();
        var id = IseKeys.Sme(Country.NL, kvk);
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<ISmeGrain>(id).RegisterAsync(new RegisterSme(Country.NL, kvk, name, Region.SouthWestNetherlands, Sector.NewMaterials, 20,
            new Money(1_000_000m, Currency.EUR), new Money(500_000m, Currency.EUR), "innovatiehuis", []));
        var entry = new JourneyEntry($"{id}/diagnostic/1", JourneyEntryKind.Diagnostic, new DateTimeOffset(local, TimeSpan.FromHours(2)), local,
            "aditec", ActivityKind.DiagnosticAssessment, null, null, null, null);
        await grains.GetGrain<ISmeGrain>(id).ApplyEffectsAsync(new EffectBatch("diagnostic-test", [new EffectEnvelope(1, new JourneyEffect(entry))]));
        return id;
    }

    private static async Task<(string Comment, List<Dictionary<string, string>> Rows)> CsvAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        using var reader = CsvReader.Create(new StringReader(text), new CsvReaderOptions { CommentPrefix = '#' });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers!.ToDictionary(h => h, h => reader.GetString(h) ?? ""));
        }

        return (text.Split('\n')[0], rows);
    }
}
