using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using Ise.Imports;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Bench;

/// <summary>
/// I1 (issue 20's bulk onboarding): a partner's list of SMEs imported on PostgreSQL, SMEs per second
/// from the start of the import to its completion ÷ SMEs per second registered by direct grain calls
/// from as many callers as the other parts use, other SMEs of the same shape, in the same run.
/// </summary>
public static class I1SmeImport
{
    private const string Partner = "innovatiehuis";

    public static async Task<Figure> RunAsync(BenchOptions options, BenchSilo silo)
    {
        var count = options.Quick ? 1_000 : 5_000;
        var grains = silo.Grains;
        Console.WriteLine($"I1: importing a list of {count:N0} SMEs...");
        var job = grains.GetGrain<IImportJobGrain>(IseKeys.NewImportJob());
        var clock = Stopwatch.StartNew();
        await job.StartAsync(new ImportJobRequest(ImportKind.Smes, "bench", Partner, null, "bench.csv"),
            [.. Enumerable.Range(0, count).Select(i => new ImportRow(i + 2, ["NL", CompanyId(4, i), $"Imported firm {i}", "South-West Netherlands", "Mechatronics", "12", "900000", "700000", "", ""]))]);
        ImportJobView done;
        while ((done = (await job.FindAsync())!).Status != ImportJobStatus.Completed)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        var imported = count / clock.Elapsed.TotalSeconds;
        if (done.Accepted != count)
        {
            throw new InvalidOperationException($"The import accepted {done.Accepted} of {count} rows: {(done.RejectedRows.Count > 0 ? done.RejectedRows[0].Message : "")}");
        }

        Console.WriteLine($"I1: registering {count:N0} SMEs by direct calls...");
        clock.Restart();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (i, _) =>
        {
            var companyId = CompanyId(6, i);
            await grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, companyId)).RegisterAsync(new RegisterSme(
                Country.NL, companyId, $"Registered firm {i}", Region.SouthWestNetherlands, Sector.Mechatronics, 12,
                new Money(900_000m, Currency.EUR), new Money(700_000m, Currency.EUR), Partner, []));
        });
        var direct = count / clock.Elapsed.TotalSeconds;

        return new Figure(
            "SMEs per second imported from one list on PostgreSQL ÷ SMEs per second registered by direct grain calls",
            Math.Round(imported, 1), Math.Round(direct, 1), "SMEs/s", ">= 0.5", imported / direct >= 0.5,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["smes"] = count,
                ["importSeconds"] = Math.Round(count / imported, 2),
                ["directSeconds"] = Math.Round(count / direct, 2),
                ["directCallers"] = options.Concurrency,
            }),
            $"Silo in the bench process on PostgreSQL; the import job applies {ImportJobGrain.IndependentChunksPerTurn} chunks of {IseKeys.ImportChunkSize} rows per turn, " +
            "each SME registered through its grain with the same validation as the API; the baseline registers other SMEs by direct calls.");
    }

    /// <summary>A KvK number (8 digits) starting with <paramref name="lead"/>, distinct per index.</summary>
    private static string CompanyId(int lead, int index) => string.Create(CultureInfo.InvariantCulture, $"{lead}{index:D7}");
}
