namespace Ise.Bench;

/// <summary>
/// P2: durable, acknowledged check-ins per second on PostgreSQL over a steady window ÷ pgbench TPS of
/// a single-row upsert on the same server with the same client count.
/// </summary>
public static class P2DurableCheckIns
{
    public static async Task<Figure> RunAsync(BenchOptions options, BenchSilo silo, PostgresProbe probe, string database)
    {
        var grains = silo.Grains;
        // Journaled check-ins on PostgreSQL measured 1,300 to 2,000/s on 2 cores: the pool covers more than that.
        var expectedRate = 3_500;
        var poolSize = (int)(expectedRate * (options.WarmUp + options.Window).TotalSeconds * 1.5);
        Console.WriteLine($"P2: registering {poolSize:N0} attendees on PostgreSQL...");
        var (pool, events) = await CheckInPool.RegisterAsync(grains, poolSize, 10_000);
        await Drain.WaitAsync(silo, TimeSpan.FromMinutes(10));

        long rowsAtStart = 0, rowsAtEnd = 0, backlogAtEnd = 0;
        Console.WriteLine("P2: durable check-ins...");
        var checkIns = await LoadRunner.RunAsync(
            options.Concurrency, options.WarmUp, options.Window, _ => pool.CheckInNextAsync(grains),
            atWindowStart: async () => rowsAtStart = await probe.RowsWrittenAsync(),
            atWindowEnd: async () =>
            {
                rowsAtEnd = await probe.RowsWrittenAsync();
                backlogAtEnd = await Drain.BacklogAsync(silo);
            });
        var drainSeconds = (await Drain.WaitAsync(silo, TimeSpan.FromMinutes(5))).TotalSeconds;

        Console.WriteLine("P2: pgbench baseline...");
        var pgbench = await PgBench.UpsertTpsAsync(options.PgBench, database, options.Concurrency, options.Window);
        var ratio = checkIns.PerSecond / pgbench;
        return new Figure(
            "Durable acknowledged check-ins per second on PostgreSQL ÷ pgbench single-row upsert TPS",
            Math.Round(checkIns.PerSecond, 1), Math.Round(pgbench, 1), "operations/s", ">= 1.0", ratio >= 1.0,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["ackP50Ms"] = checkIns.P50Milliseconds,
                ["ackP99Ms"] = checkIns.P99Milliseconds,
                ["rowsWrittenPerCheckIn"] = Math.Round((rowsAtEnd - rowsAtStart) / (double)checkIns.Operations, 3),
                ["undeliveredAtWindowEnd"] = backlogAtEnd,
                ["secondsToDrainAfterWindow"] = Math.Round(drainSeconds, 1),
                ["concurrency"] = options.Concurrency,
            }),
            $"Silo in the bench process on PostgreSQL; {options.Concurrency} callers and pgbench clients; warm-up {options.WarmUp.TotalSeconds:0} s, window {options.Window.TotalSeconds:0} s. " +
            "Rows per check-in count every table (bucket, SME journey, statistics, reminders) from pg_stat_user_tables.");
    }
}
