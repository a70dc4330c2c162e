using System.Globalization;
using Ise.Imports;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;

namespace Ise.Grains.Tests.Imports;

/// <summary>The import job in the test cluster: rows applied through the SME grain, duplicates, the capped report, starting twice.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ImportJobGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_job_applies_its_rows_and_caps_the_rejected_rows_it_lists()
    {
        var prefix = Random.Shared.Next(10, 99).ToString(CultureInfo.InvariantCulture);
        var rows = new List<ImportRow>();
        for (var i = 0; i < 250; i++)
        {
            rows.Add(Row(i + 2, "NL", $"{prefix}{i:D6}", "Nowhere"));
        }

        rows.Add(Row(252, "NL", $"{prefix}999999", "South-West Netherlands"));
        rows.Add(Row(253, "Netherlands", $"{prefix}999999", "south-west-netherlands"));
        var id = IseKeys.NewImportJob();
        var job = fixture.Client.GetGrain<IImportJobGrain>(id);

        var started = await job.StartAsync(new ImportJobRequest(ImportKind.Smes, "tester", "innovatiehuis", null, "grain.csv"), rows);
        var again = await job.StartAsync(new ImportJobRequest(ImportKind.Smes, "someone else", null, null, "other.csv"), rows.Take(1).ToList());

        Assert.Equal((ImportJobStatus.Running, 252), (started.Status, started.Total));
        Assert.Equal(("tester", 252), (again.Request.Owner, again.Total));
        ImportJobView? done = null;
        await Eventually.TrueAsync(async () => (done = await job.FindAsync())!.Status == ImportJobStatus.Completed, TimeSpan.FromSeconds(30), "the job completes");
        Assert.Equal((252, 1, 0, 251), (done!.Done, done.Accepted, done.Unchanged, done.Rejected));
        Assert.Equal((ImportJobGrain.MaxListedRejectedRows, 251 - ImportJobGrain.MaxListedRejectedRows), (done.RejectedRows.Count, done.OmittedRejectedRows));
        Assert.Contains("region: 'Nowhere' is not a programme region", done.RejectedRows[0].Message, StringComparison.Ordinal);
        Assert.Equal(IseKeys.Sme(Country.NL, $"{prefix}999999"), Assert.Single(done.Rows).Subject);
        Assert.True(await fixture.Client.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, $"{prefix}999999")).ExistsAsync());
        Assert.Null(await fixture.Client.GetGrain<IImportJobGrain>(IseKeys.NewImportJob()).FindAsync());
    }

    [Fact]
    public async Task Rows_naming_the_same_firm_are_duplicates_of_the_first_and_a_rerun_is_unchanged()
    {
        var kvk = TestCompanyIds.Kvk();
        IReadOnlyList<ImportRow> rows = [Row(2, "NL", kvk, "South-West Netherlands"), Row(3, "NL", $" {kvk} ", "South-West Netherlands"), Row(4, "NL", "", "South-West Netherlands")];

        var first = await RunAsync(rows);
        var second = await RunAsync(rows);

        Assert.Equal((2, 0, 1), (first.Accepted, first.Unchanged, first.Rejected));
        Assert.Equal("duplicate of line 2", Assert.Single(first.RejectedRows).Message);
        Assert.Contains(first.Rows, r => r.Subject is { } s && IseKeys.IsProvisionalSme(s));
        Assert.Equal((0, 2, 1), (second.Accepted, second.Unchanged, second.Rejected));
    }

    [Fact]
    public async Task An_sme_list_of_many_chunks_registers_concurrently_and_reports_in_line_order()
    {
        var prefix = Random.Shared.Next(10, 99).ToString(CultureInfo.InvariantCulture);
        var rows = new List<ImportRow>();
        for (var i = 0; i < 900; i++)
        {
            var line = i + 2;
            rows.Add(line % 100 == 50 ? Row(line, "NL", $"{prefix}{i - 95:D6}", "South-West Netherlands") // names the firm of a row in an earlier chunk
                : line % 100 == 60 ? Row(line, "NL", $"{prefix}{i:D6}", "Nowhere")
                : Row(line, "NL", $"{prefix}{i:D6}", "South-West Netherlands"));
        }

        var first = await RunAsync(rows);
        var second = await RunAsync(rows);

        Assert.Equal((900, 882, 0, 18), (first.Done, first.Accepted, first.Unchanged, first.Rejected));
        Assert.Equal(rows.Where(r => (r.Line % 100) is not 50 and not 60).Select(r => r.Line).Take(ImportJobGrain.MaxListedRows), first.Rows.Select(r => r.Line));
        Assert.Equal(rows.Where(r => (r.Line % 100) is 50 or 60).Select(r => r.Line), first.RejectedRows.Select(r => r.Line));
        Assert.Equal("duplicate of line 755", first.RejectedRows.Single(r => r.Line == 850).Message);
        Assert.True(await fixture.Client.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, $"{prefix}000899")).ExistsAsync());
        Assert.Equal((0, 882, 18), (second.Accepted, second.Unchanged, second.Rejected));
    }

    [Theory]
    [InlineData("1250000", 1_250_000)]
    [InlineData("1,250,000.50", 1_250_000.50)]
    [InlineData("1.250.000,50", 1_250_000.50)]
    [InlineData("1 250 000 €", 1_250_000)]
    [InlineData("1250,5", 1_250.5)]
    [InlineData("1.000", 1_000)]
    public void Amounts_are_read_with_either_decimal_mark(string text, double expected)
    {
        Assert.True(ProgrammeNames.TryAmount(text, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("East Flanders", Region.EastFlanders)]
    [InlineData("hauts-de-france", Region.HautsDeFrance)]
    [InlineData("SOUTHWESTNETHERLANDS", Region.SouthWestNetherlands)]
    public void Regions_are_read_by_name_slug_or_code(string text, Region expected)
    {
        Assert.True(ProgrammeNames.TryRegion(text, out var region));
        Assert.Equal(expected, region);
        Assert.False(ProgrammeNames.TryRegion("Yorkshire", out _));
        Assert.False(ProgrammeNames.TryAmount("-5", out _));
    }

    private Task<ImportJobView> RunAsync(IReadOnlyList<ImportRow> rows) =>
        ImportJobs.RunAsync(fixture.Client, new ImportJobRequest(ImportKind.Smes, "tester", "innovatiehuis", null, "small.csv"), rows);

    /// <summary>A row in the column order of <see cref="ImportLayout.Smes"/>.</summary>
    private static ImportRow Row(int line, string country, string companyId, string region) =>
        new(line, [country, companyId, $"Firm {companyId}", region, "Mechatronics", "12", "900000", "700000", "", ""]);
}
