using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Ise.Diagnostics;
using Ise.Testing;
using static Ise.Gateway.Tests.Imports.ImportUploads;

namespace Ise.Gateway.Tests.Imports;

/// <summary>
/// The history import of past diagnostics over real HTTP: assessments of 2018 and 2019 given by their answers or by
/// their dimension scores, counted by the indicators in the periods they were made (every figure written out by hand
/// below), re-runs, rejected rows with their messages, and partner staff loading for their own partner only. A gateway
/// of its own, so 2018 and 2019 hold nothing else: the other tests of the class load assessments of 2020 to 2022.
/// </summary>
public sealed class HistoryDiagnosticImportApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    public const string Path = "/api/imports/history/diagnostics";

    /// <summary>Who loaded the file, as the journey names them: the development secretariat key's name and role.</summary>
    private const string Loader = "Programme secretariat (development) [Secretariat]";

    private const string Figures = "query($period: String!) { indicators(period: $period, breakdown: [PARTNER]) { figures { indicator cell net } } }";

    private static readonly string[] s_indicators = ["ENTERPRISES_ASSESSED", "ENTERPRISES_SUPPORTED", "ENTERPRISES_NON_FINANCIAL_SUPPORT"];

    /// <summary>
    /// By hand: A assessed by Innovatiehuis on 15 Mar 2018 and by ADITEC on 10 Jun 2019; B by VOKA West Flanders on
    /// 20 Nov 2018; C by Innovatiehuis on 5 Feb 2019. Each enterprise counts once in the total, when first assessed
    /// (A in 2018-Q1, B in 2018-Q4, C in 2019-Q1), and once in each partner's cell, when that partner first assessed
    /// it (A counts for ADITEC in 2019-Q2, though not in 2019's total). The three indicators agree: an assessment is
    /// each firm's only support.
    /// </summary>
    private static readonly Dictionary<string, (string Cell, int Net)[]> s_expected = new()
    {
        ["2018-03"] = [("total", 1), ("partner:innovatiehuis", 1)],
        ["2018-Q1"] = [("total", 1), ("partner:innovatiehuis", 1)],
        ["2018-Q2"] = [],
        ["2018-Q4"] = [("total", 1), ("partner:voka-west-flanders", 1)],
        ["2018"] = [("total", 2), ("partner:innovatiehuis", 1), ("partner:voka-west-flanders", 1)],
        ["2019-Q1"] = [("total", 1), ("partner:innovatiehuis", 1)],
        ["2019-Q2"] = [("partner:aditec", 1)],
        ["2019"] = [("total", 1), ("partner:innovatiehuis", 1), ("partner:aditec", 1)],
    };

    /// <summary>A's scores of 2019, as its assessor wrote them down (every dimension of questionnaire v1 scores out of 16 points).</summary>
    private static readonly Dictionary<string, string> s_scoresOf2019 = new()
    {
        ["strategy"] = "50", ["processes"] = "25%", ["products-and-services"] = "75.0", ["people-and-culture"] = "50", ["funding-and-partnerships"] = "100",
        ["export-experience"] = "50", ["market-knowledge"] = "50", ["cross-border-partnerships"] = "50", ["capacity-and-languages"] = "50", ["digital-reach"] = "50",
    };

    private ImportUploads Uploads => new(factory);

    private GraphQLClient Api => new(factory.CreateClient(), "dev-secretariat");

    [Fact]
    public async Task Past_assessments_of_2018_and_2019_count_in_the_periods_they_were_made_and_a_rerun_changes_nothing()
    {
        var (a, b, c) = (await ApiScenario.SmeAsync(Api), await ApiScenario.SmeAsync(Api), await ApiScenario.SmeAsync(Api));
        var csv = Csv(
            Answers(a, "2018-03-15", "innovatiehuis", 2),
            Scores(b, "20/11/2018", "voka-west-flanders", s_scoresOf2019),
            Answers(c, "2019-02-05", "Innovatiehuis", 3),
            Scores(a, "2019-06-10", "ADITEC", s_scoresOf2019));

        var job = await Uploads.ImportAsync("dev-secretariat", Path, Encoding.UTF8.GetBytes(csv), "diagnostics-2018-2019.csv");

        Assert.True((Text(job, "kind"), Number(job, "accepted"), Number(job, "rejected")) == ("history_diagnostics", 4, 0), job.ToJsonString());
        var actual = new Dictionary<string, string>();
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                foreach (var period in s_expected.Keys)
                {
                    actual[period] = Shown(await FiguresAsync(period));
                }

                return s_expected.All(e => actual[e.Key] == Shown(e.Value));
            }, TimeSpan.FromSeconds(60), "every assessment is counted in its period");
        }
        catch (TimeoutException)
        {
            // The comparison below shows which periods differ.
        }

        Assert.Equal(s_expected.Select(e => (e.Key, Shown(e.Value))), actual.Select(e => (e.Key, e.Value)));

        // A's latest is its 2019 assessment, scored from the dimension scores as its answers would have been:
        // innovation (2×50% + 1×25% + 2×75% + 1×50% + 1×100%) / 7 = 60.7%, internationalisation 50.0%; no answers are kept.
        var diagnostics = (await Api.DataAsync("query($id: ID!) { sme(id: $id) { diagnostics { assessmentCount latest { assessedAt partnerId answers { questionId } axes { axisId percent band { id } } } previous { answers { value } } } } }",
            new { id = a }))["sme"]!["diagnostics"]!;
        var latest = diagnostics["latest"]!;
        Assert.Equal((2, "aditec", 0, 30), (Number(diagnostics, "assessmentCount"), Text(latest, "partnerId"), latest["answers"]!.AsArray().Count, diagnostics["previous"]!["answers"]!.AsArray().Count));
        Assert.Equal([("innovation", 60.7m, "established"), ("internationalisation", 50.0m, "established")],
            latest["axes"]!.AsArray().Select(x => (Text(x!, "axisId"), x!["percent"]!.GetValue<decimal>(), Text(x!["band"]!, "id"))));

        // Each assessment is dated on the day it was made (noon in the SME's region) and names who recorded it.
        var journey = (await Api.DataAsync("query($id: ID!) { sme(id: $id) { journey { edges { node { kind localTime partnerId recordedBy } } } } }", new { id = a }))
            ["sme"]!["journey"]!["edges"]!.AsArray().Select(e => e!["node"]!).Where(n => Text(n, "kind") == "DIAGNOSTIC")
            .Select(n => (Text(n, "localTime"), Text(n, "partnerId"), n["recordedBy"]?.GetValue<string>())).Order().ToList();
        Assert.Equal([("2018-03-15T12:00:00", "innovatiehuis", Loader), ("2019-06-10T12:00:00", "aditec", Loader)], journey);

        var rerun = await Uploads.ImportAsync("dev-secretariat", Path, Encoding.UTF8.GetBytes(csv), "diagnostics-2018-2019.csv");
        Assert.Equal((0, 4, 0), (Number(rerun, "accepted"), Number(rerun, "unchanged"), Number(rerun, "rejected")));
        Assert.Equal("already loaded: assessed on 2019-06-10 by aditec", Text(rerun["rows"]!.AsArray().Single(r => Number(r!, "line") == 5)!, "message"));
        Assert.Equal(2, Number((await Api.DataAsync("query($id: ID!) { sme(id: $id) { diagnostics { assessmentCount } } }", new { id = a }))["sme"]!["diagnostics"]!, "assessmentCount"));
        Assert.Equal(Shown(s_expected["2019"]), Shown(await FiguresAsync("2019")));
    }

    [Fact]
    public async Task Rows_with_neither_answers_nor_scores_off_the_questionnaire_or_in_the_future_are_rejected_naming_the_column()
    {
        var sme = await ApiScenario.SmeAsync(Api);
        var unregistered = "NL-" + TestCompanyIds.Kvk();
        var nextMonth = DateTime.UtcNow.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var impossible = new Dictionary<string, string>(s_scoresOf2019) { ["strategy"] = "33.3" };
        var partial = Answers(sme, "2020-01-10", "aditec", 1);
        partial.Remove("int-digital-marketing");
        var offScale = Answers(sme, "2020-01-11", "aditec", 1);
        offScale["inn-strategy-goals"] = "7";
        var both = Answers(sme, "2020-01-12", "aditec", 1);
        both["strategy"] = "50";
        var csv = Csv(
            Row(sme, "2020-01-09", "aditec"),
            partial,
            offScale,
            both,
            Scores(sme, "2020-01-13", "aditec", impossible),
            Answers(sme, nextMonth, "aditec", 2),
            Answers(sme, "2016-12-31", "aditec", 2),
            Answers(unregistered, "2020-01-14", "aditec", 2),
            Answers(sme, "2020-01-15", "aditec", 2, version: "9"),
            Answers(sme, "2020-01-16", "<b>aditec</b>", 2),
            Answers(sme, "2020-01-17", "aditec", 2));

        var job = await Uploads.ImportAsync("dev-secretariat", Path, Encoding.UTF8.GetBytes(csv), "mistakes.csv");

        Assert.Equal((1, 10), (Number(job, "accepted"), Number(job, "rejected")));
        var rejected = job["rejectedRows"]!.AsArray().ToDictionary(r => Number(r!, "line"), r => Text(r!, "message"));
        Assert.StartsWith("no answers or scores: give the value chosen for each question (a column named by its id, such as inn-strategy-goals)", rejected[2], StringComparison.Ordinal);
        Assert.Equal("answers: Question int-digital-marketing is not answered.", rejected[3]);
        Assert.Equal("inn-strategy-goals: The answer to inn-strategy-goals is 7, off the scale 0-4.", rejected[4]);
        Assert.Equal("30 answers and 1 dimension scores: give the answers or the scores of an assessment, not both", rejected[5]);
        Assert.Equal("strategy: The score of strategy is 33.3%, which no answers give: it scores points out of 16, so the nearest scores are 31.3% and 37.5%.", rejected[6]);
        Assert.StartsWith($"date: {nextMonth} is in the future (today is ", rejected[7], StringComparison.Ordinal);
        Assert.Equal("date: 2016-12-31 is before the programme started (2017-01-01).", rejected[8]);
        Assert.Equal($"company_id: No SME with id {unregistered}.", rejected[9]);
        Assert.Equal("version: There is no questionnaire version 9 (known: 1).", rejected[10]);
        Assert.Equal("partner: '‹b›aditec‹/b›' is not one of the programme's partners", rejected[11]);
        var assessed = (await Api.DataAsync("query($id: ID!) { sme(id: $id) { diagnostics { assessmentCount latest { assessedAt } } } }", new { id = sme }))["sme"]!["diagnostics"]!;
        Assert.Equal(1, Number(assessed, "assessmentCount"));
    }

    [Fact]
    public async Task Partner_staff_load_their_own_partners_assessments_of_smes_it_serves_and_are_refused_per_row_otherwise()
    {
        var own = await ApiScenario.SmeAsync(Api, leadPartnerId: "aditec");
        var others = await ApiScenario.SmeAsync(Api);
        var csv = Csv(
            Answers(own, "2021-04-01", "", 3),
            Answers(own, "2021-04-02", "voka-east-flanders", 3),
            Answers(others, "2021-04-03", "aditec", 3));

        var job = await Uploads.ImportAsync("dev-partner-aditec", Path, Encoding.UTF8.GetBytes(csv), "aditec.csv");
        var (door, _, _) = await Uploads.PostWithLocationAsync("dev-door-workshop", Path, Encoding.UTF8.GetBytes(csv));

        Assert.Equal((1, 2), (Number(job, "accepted"), Number(job, "rejected")));
        Assert.Equal("assessed on 2021-04-01 by aditec, questionnaire v1: innovation 75.0% (leading), internationalisation 75.0% (leading)",
            Text(job["rows"]![0]!, "message"));
        var rejected = job["rejectedRows"]!.AsArray().ToDictionary(r => Number(r!, "line"), r => Text(r!, "message"));
        Assert.Equal("partner: staff of aditec load assessments for aditec only, not for voka-east-flanders", rejected[3]);
        Assert.Equal($"company_id: aditec neither leads nor served SME {others}; its assessments are loaded by the secretariat or a partner that leads or served it", rejected[4]);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, door);
    }

    [Fact]
    public async Task A_row_loaded_before_with_other_answers_is_rejected_and_a_row_repeated_in_a_file_is_a_duplicate()
    {
        var sme = await ApiScenario.SmeAsync(Api);
        await Uploads.ImportAsync("dev-secretariat", Path, Encoding.UTF8.GetBytes(Csv(Answers(sme, "2022-09-01", "aditec", 2))), "first.csv");

        var job = await Uploads.ImportAsync("dev-secretariat", Path,
            Encoding.UTF8.GetBytes(Csv(Answers(sme, "01/09/2022", "aditec", 3), Answers(sme, "2022-09-02", "aditec", 1), Answers(sme, "2022-09-02", "aditec", 1))), "second.csv");

        Assert.Equal((1, 0, 2), (Number(job, "accepted"), Number(job, "unchanged"), Number(job, "rejected")));
        var rejected = job["rejectedRows"]!.AsArray().ToDictionary(r => Number(r!, "line"), r => Text(r!, "message"));
        Assert.Equal($"date: an assessment of {sme} assessed on 2022-09-01 by aditec was loaded before with another version, language, answers or scores (assessment d1); it stands as loaded", rejected[2]);
        Assert.Equal("duplicate of line 3", rejected[4]);
        var diagnostics = (await Api.DataAsync("query($id: ID!) { sme(id: $id) { diagnostics { assessmentCount previous { answers { value } } } } }", new { id = sme }))["sme"]!["diagnostics"]!;
        Assert.Equal((2, 2), (Number(diagnostics, "assessmentCount"), diagnostics["previous"]!["answers"]![0]!["value"]!.GetValue<int>()));
    }

    /// <summary>A row of a file: the SME, the day, the partner and the questionnaire version, and nothing assessed yet.</summary>
    private static Dictionary<string, string> Row(string smeId, string date, string partner, string version = "1") => new()
    {
        ["country"] = smeId[..2], ["company_id"] = smeId[3..], ["date"] = date, ["partner"] = partner, ["version"] = version, ["language"] = "en",
    };

    /// <summary>A row answering every question of questionnaire v1 with <paramref name="value"/>.</summary>
    private static Dictionary<string, string> Answers(string smeId, string date, string partner, int value, string version = "1")
    {
        var row = Row(smeId, date, partner, version);
        foreach (var question in DiagnosticCatalog.Embedded.Get(1).Questions)
        {
            row[question.Id] = value.ToString(CultureInfo.InvariantCulture);
        }

        return row;
    }

    private static Dictionary<string, string> Scores(string smeId, string date, string partner, Dictionary<string, string> scores)
    {
        var row = Row(smeId, date, partner);
        foreach (var (dimension, percent) in scores)
        {
            row[dimension] = percent;
        }

        return row;
    }

    /// <summary>A semicolon-separated file with every column any row fills, in order of first use.</summary>
    private static string Csv(params Dictionary<string, string>[] rows)
    {
        var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();
        return string.Join("\n", [string.Join(";", columns), .. rows.Select(r => string.Join(";", columns.Select(c => r.GetValueOrDefault(c, ""))))]) + "\n";
    }

    private async Task<JsonArray> FiguresAsync(string period) =>
        (await Api.DataAsync(Figures, new { period }))["indicators"]!["figures"]!.AsArray();

    /// <summary>The figures of the three indicators, which agree here, as one line: each non-zero cell and its count.</summary>
    private static string Shown(JsonArray figures)
    {
        var perIndicator = s_indicators.Select(i => Shown([.. figures.Where(f => Text(f!, "indicator") == i && Number(f!, "net") != 0).Select(f => (Text(f!, "cell"), Number(f!, "net")))]))
            .Distinct().ToList();
        return perIndicator.Count == 1 ? perIndicator[0] : string.Join(" | ", perIndicator);
    }

    private static string Shown((string Cell, int Net)[] cells) => string.Join(", ", cells.OrderBy(c => c.Cell, StringComparer.Ordinal).Select(c => $"{c.Cell}={c.Net}"));
}
