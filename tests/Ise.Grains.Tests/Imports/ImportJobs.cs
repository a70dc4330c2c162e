using Ise.Imports;
using Ise.Testing;

namespace Ise.Grains.Tests.Imports;

/// <summary>Runs an import job in the test cluster, as the gateway starts one, and waits for its final report.</summary>
internal static class ImportJobs
{
    public static async Task<ImportJobView> RunAsync(IGrainFactory grains, ImportJobRequest request, IReadOnlyList<ImportRow> rows)
    {
        var job = grains.GetGrain<IImportJobGrain>(IseKeys.NewImportJob());
        await job.StartAsync(request, rows);
        ImportJobView? done = null;
        await Eventually.TrueAsync(async () => (done = await job.FindAsync())!.Status == ImportJobStatus.Completed, TimeSpan.FromSeconds(30), "the job completes");
        return done!;
    }
}
