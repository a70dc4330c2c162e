using System.Collections.ObjectModel;
using System.Text;
using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Bench;

/// <summary>
/// J1: appends per second through a cluster-mode silo's journal writer on PostgreSQL (one small
/// event row each, as a check-in will be, from the same number of callers over 100,000 streams) ÷
/// pgbench TPS of a single-row upsert on the same server with the same client count. The ceiling a
/// journaled check-in can reach (issue 20, P2's goal is ≥ 1.0), measured before any grain uses it.
/// </summary>
public static class J1JournalAppends
{
    private const int Streams = 100_000;

    public static async Task<Figure> RunAsync(BenchOptions options, BenchSilo silo, string database)
    {
        var writer = silo.Services.GetRequiredService<JournalWriter>();
        var perCaller = Streams / options.Concurrency;
        var versions = new long[perCaller * options.Concurrency];
        var next = new int[options.Concurrency];
        var run = Guid.NewGuid().ToString("N")[..8];
        JournalWriterTotals atStart = writer.Totals, atEnd = atStart;

        Console.WriteLine("J1: journal appends...");
        var appends = await LoadRunner.RunAsync(
            options.Concurrency, options.WarmUp, options.Window,
            async caller =>
            {
                // Each caller owns its slice of streams, so versions need no lock.
                var index = (caller * perCaller) + (next[caller]++ % perCaller);
                var stream = $"attendance/{run}-{index}";
                var version = ++versions[index];
                var payload = Encoding.UTF8.GetBytes($$"""{"code":"ev-{{index}}.3.x7Kp2mQa9Lw","smeId":"GB-{{index:D8}}","session":1,"checkedInAt":"{{DateTimeOffset.UtcNow:O}}"}""");
                var row = new JournalRow(stream, version, Guid.NewGuid(), "ise.bench.checked-in", $"sme/GB-{index:D8}", payload, JournalFormats.SystemTextJson, DateTimeOffset.UtcNow);
                await writer.AppendAsync(new JournalAppend(stream, [row]));
                return true;
            },
            atWindowStart: () =>
            {
                atStart = writer.Totals;
                return Task.CompletedTask;
            },
            atWindowEnd: () =>
            {
                atEnd = writer.Totals;
                return Task.CompletedTask;
            });

        Console.WriteLine("J1: pgbench baseline...");
        var pgbench = await PgBench.UpsertTpsAsync(options.PgBench, database, options.Concurrency, options.Window);
        var ratio = appends.PerSecond / pgbench;
        var rows = atEnd.Rows - atStart.Rows;
        var transactions = Math.Max(1, atEnd.Transactions - atStart.Transactions);
        return new Figure(
            "Journal appends per second through the silo's writer on PostgreSQL ÷ pgbench single-row upsert TPS",
            Math.Round(appends.PerSecond, 1), Math.Round(pgbench, 1), "operations/s", ">= 1.0", ratio >= 1.0,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["ackP50Ms"] = appends.P50Milliseconds,
                ["ackP99Ms"] = appends.P99Milliseconds,
                ["rowsPerAppend"] = Math.Round(rows / (double)Math.Max(1, appends.Operations), 3),
                ["rowsPerTransaction"] = Math.Round(rows / (double)transactions, 1),
                ["bytesPerRow"] = Math.Round((atEnd.Bytes - atStart.Bytes) / (double)Math.Max(1, rows), 1),
                ["concurrency"] = options.Concurrency,
            }),
            $"Cluster-mode silo in the bench process; {options.Concurrency} callers and pgbench clients; warm-up {options.WarmUp.TotalSeconds:0} s, window {options.Window.TotalSeconds:0} s. " +
            "Rows, bytes and transactions are the writer's own counts; each append waits for the COMMIT that holds it.");
    }
}
