using Ise.Imports;
using Ise.Indexes;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Fresh Dutch SMEs of one sector, registered one by one (as the API does) or as the rows of a partner's
/// CSV import, and the check that the SMEs taken are stored and listed exactly once — nothing lost,
/// nothing twice, nothing else. The sector's list holds nothing but them in a fresh database.
/// </summary>
public static class SmeRegistrationPlan
{
    private const string SectorSlug = "mechatronics";
    private const string Partner = "innovatiehuis";

    /// <summary>A registration of a firm no test has used.</summary>
    public static (string SmeId, RegisterSme Command) Fresh()
    {
        var kvk = TestCompanyIds.Kvk();
        return (IseKeys.Sme(Country.NL, kvk), new RegisterSme(Country.NL, kvk, "Outage firm " + kvk, Region.SouthWestNetherlands,
            Sector.Mechatronics, 10, new Money(1_000_000m, Currency.EUR), new Money(500_000m, Currency.EUR), Partner, []));
    }

    public static Task RegisterAsync(IGrainFactory grains, (string SmeId, RegisterSme Command) registration) =>
        grains.GetGrain<ISmeGrain>(registration.SmeId).RegisterAsync(registration.Command);

    /// <summary>An SME list as a partner uploads it (<see cref="ImportLayout.Smes"/>): one row a fresh firm, from line 2.</summary>
    public static IReadOnlyList<ImportRow> ImportRows(IReadOnlyList<(string SmeId, RegisterSme Command)> registrations) =>
        [.. registrations.Select((r, i) => new ImportRow(i + 2,
            ["NL", r.Command.CompanyId!, r.Command.Name, "South-West Netherlands", "Mechatronics", "10", "1000000", "500000", "EUR", Partner]))];

    public static ImportJobRequest ImportRequest(string fileName) => new(ImportKind.Smes, "outage-test", Partner, null, fileName);

    /// <summary>
    /// Waits until the import job reports itself completed, and gives its report. A question that goes unanswered
    /// (the silo holding the job died: a timeout, a rejection, or no connection to it) is asked again.
    /// </summary>
    public static async Task<ImportJobView> CompletedAsync(IImportJobGrain job, TimeSpan timeout)
    {
        ImportJobView? view = null;
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                view = await job.FindAsync();
            }
            catch (Exception ex) when (ex is TimeoutException or OrleansException)
            {
                return false;
            }

            return view?.Status == ImportJobStatus.Completed;
        }, timeout, "the import completes");
        return view!;
    }

    /// <summary>Every row was registered (or found registered by a retry of its own), none rejected because storage failed meanwhile.</summary>
    public static void AssertImportedEveryRow(ImportJobView report, IReadOnlyList<(string SmeId, RegisterSme Command)> rows)
    {
        Assert.Equal((rows.Count, rows.Count, 0), (report.Total, report.Done, report.Rejected));
        Assert.Equal(rows.Count, report.Accepted + report.Unchanged);
        Assert.All(report.Rows, r => Assert.Contains(r.Subject, rows.Select(x => x.SmeId)));
    }

    /// <summary>
    /// Waits until the sector's list shows every SME of <paramref name="expected"/>, then asserts it shows each exactly once
    /// and nothing else.
    /// </summary>
    public static async Task AssertListedOnceAsync(IGrainFactory grains, IReadOnlyCollection<string> expected, TimeSpan timeout)
    {
        List<string> listed = [];
        await Eventually.TrueAsync(async () => (listed = await ListAsync(grains)).ToHashSet(StringComparer.Ordinal).IsSupersetOf(expected),
            timeout, $"the {SectorSlug} list shows all {expected.Count} SMEs taken");
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> ListAsync(IGrainFactory grains)
    {
        var members = new List<string>();
        for (var bucket = 0; bucket < IseKeys.IndexBucketCount; bucket++)
        {
            var index = grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(IndexName.SmesBySector, SectorSlug, bucket));
            string? after = null;
            IndexPage page;
            do
            {
                page = await index.GetPageAsync(after, 500);
                members.AddRange(page.Members);
                after = page.Members.Count > 0 ? page.Members[^1] : null;
            }
            while (page.HasMore && after is not null);
        }

        return members;
    }
}
