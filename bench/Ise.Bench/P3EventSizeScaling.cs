using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Bench;

/// <summary>P3: time and bytes written (WAL) per check-in at an event of 10,000 attendees ÷ at an event of 100.</summary>
public static class P3EventSizeScaling
{
    private const int CheckInsMeasured = 100;
    // One caller: the cost of one check-in, without group commit (which batches more at a small event) blurring it.
    private const int Callers = 1;

    public static async Task<Figure> RunAsync(BenchOptions options, BenchSilo silo, PostgresProbe probe)
    {
        var small = await MeasureAsync(silo, probe, 100);
        var large = await MeasureAsync(silo, probe, 10_000);
        var bytesRatio = large.Bytes / small.Bytes;
        var timeRatio = large.Seconds / small.Seconds;
        return new Figure(
            "Bytes of grain state written per check-in at an event of 10,000 ÷ at an event of 100 (time ratio in details)",
            Math.Round(large.Bytes), Math.Round(small.Bytes), "state bytes per check-in", "<= 1.2", bytesRatio <= 1.2 && timeRatio <= 1.2,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["timeRatio"] = Math.Round(timeRatio, 3),
                ["msPerCheckInAt10000"] = Math.Round(large.Seconds * 1000, 3),
                ["msPerCheckInAt100"] = Math.Round(small.Seconds * 1000, 3),
                ["bytesRatio"] = Math.Round(bytesRatio, 3),
                ["walBytesPerCheckInAt10000"] = Math.Round(large.WalBytes),
                ["walBytesPerCheckInAt100"] = Math.Round(small.WalBytes),
                ["concurrency"] = Callers,
            }),
            $"{CheckInsMeasured} check-ins one after another at each event, after its registrations drained; bytes count every state the check-in causes to be written (journal rows and snapshots, journey, statistics) as serialized; WAL bytes also include PostgreSQL's page images.");
    }

    private static async Task<(double Seconds, double Bytes, double WalBytes)> MeasureAsync(BenchSilo silo, PostgresProbe probe, int eventSize)
    {
        var grains = silo.Grains;
        var journal = silo.Services.GetRequiredService<JournalWriter>();
        Console.WriteLine($"P3: event of {eventSize:N0}...");
        var (pool, events) = await CheckInPool.RegisterAsync(grains, eventSize, eventSize);
        await Drain.WaitAsync(silo, TimeSpan.FromMinutes(5));
        var remaining = CheckInsMeasured;
        var walBefore = await probe.WalBytesAsync();
        var bytesBefore = CountingStorageSerializer.BytesSerialized + journal.Totals.Bytes;
        var elapsed = await LoadRunner.RunToCompletionAsync(Callers, async () =>
            Interlocked.Decrement(ref remaining) >= 0 && await pool.CheckInNextAsync(grains));
        await Drain.WaitAsync(silo, TimeSpan.FromMinutes(5));
        var walAfter = await probe.WalBytesAsync();
        var bytes = CountingStorageSerializer.BytesSerialized + journal.Totals.Bytes - bytesBefore;
        return (elapsed.TotalSeconds / CheckInsMeasured, bytes / (double)CheckInsMeasured, (walAfter - walBefore) / (double)CheckInsMeasured);
    }
}
