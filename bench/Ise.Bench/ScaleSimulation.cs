using System.Diagnostics;
namespace Ise.Bench;

/// <summary>
/// Toward a Europe-wide network (600 partner organisations, 500,000 SMEs, 50 events live at once):
/// runs a fraction of it on PostgreSQL, each step in its own database and silo. A step registers its
/// SMEs (journeys of 20 entries), opens its share of live events of 500 registrations each and checks
/// every attendee in at once, reads pages of 100 SMEs, and measures memory, throughput, latency,
/// index sizes and bytes stored. A step has its share of the 600 partners (at least one): the
/// programme's seven first, then simulated partner records (<see cref="SimulatedPartners"/>); its
/// SMEs' lead partners rotate over them. Full mode runs 1/100 and 1/10 of the network, quick mode
/// two smaller steps.
/// </summary>
public static class ScaleSimulation
{
    public const int NetworkSmes = 500_000;
    public const int NetworkLiveEvents = 50;
    public const int NetworkPartners = 600;
    private const int AttendeesPerEvent = 500;
    private const int JourneyEntries = 20;
    private const int PageReads = 30;
    private const int Callers = 64;

    /// <summary>Runs the steps, smaller first; <paramref name="stepDone"/> gets the report so far after each step, so a long run that is stopped keeps what it measured.</summary>
    public static async Task<ScaleReport> RunAsync(BenchOptions options, Func<ScaleReport, Task> stepDone)
    {
        var steps = new List<ScaleStep>();
        foreach (var divisor in Divisors(options))
        {
            var (step, load) = await LoadAverage.AroundAsync(() => RunStepAsync(options, divisor));
            steps.Add(step with { Load = load });
            Console.WriteLine($"Scale {step.Scale} measured; {load}.");
            await stepDone(ReportOf(options, steps));
        }

        return ReportOf(options, steps);
    }

    private static ScaleReport ReportOf(BenchOptions options, List<ScaleStep> steps)
    {
        // Growth needs two steps; with one (a run stopped early) it stays empty.
        var growth = steps.Count < 2 ? new Dictionary<string, double>() : steps[0].Figures.Keys.ToDictionary(
            key => key,
            key => steps[0].Figures[key] == 0 ? double.NaN : Math.Round(steps[^1].Figures[key] / steps[0].Figures[key], 3),
            StringComparer.Ordinal);
        return new ScaleReport(
            $"Network-scale simulation at {string.Join(" and ", steps.Select(s => s.Scale))} of {NetworkSmes:N0} SMEs, {NetworkLiveEvents} live events, {NetworkPartners} partners" +
            (options.Quick ? " (quick mode: smaller steps; full mode runs 1/100 and 1/10)" : ""),
            steps, new ReadOnlyDictionary<string, double>(growth), Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            $"Silo in the bench process on PostgreSQL, a fresh database per step; SMEs registered by {Callers} callers with journeys of {JourneyEntries}, " +
            $"lead partners in rotation over the step's share of the {NetworkPartners} partners (the programme's seven first, then simulated partner records); " +
            $"live events of {AttendeesPerEvent} registrations, all checked in at once by {Callers} callers; pages of {SmePageReader.PageSize} SMEs read from the index and the SME grains " +
            $"(P4 gives the GraphQL overhead on top); memory after full collections, per SME of the network with everything it caused active; growth = larger step ÷ smaller step.");
    }

    /// <summary>The fractions of the network run: 1/100 and 1/10 in full mode, 1/5,000 and 1/1,000 in quick mode.</summary>
    public static IReadOnlyList<int> Divisors(BenchOptions options) => options.Quick ? [5_000, 1_000] : [100, 10];

    private static int ShareOf(int network, int divisor) => Math.Max(1, (network + divisor - 1) / divisor);

    private static async Task<ScaleStep> RunStepAsync(BenchOptions options, int divisor)
    {
        var smes = NetworkSmes / divisor;
        var liveEvents = ShareOf(NetworkLiveEvents, divisor);
        var partners = SimulatedPartners.First(ShareOf(NetworkPartners, divisor));
        var database = await BenchDatabase.CreateAsync(options.PostgresServer);
        var probe = new PostgresProbe(database);
        await using var silo = await BenchSilo.OnPostgresAsync(database);
        var grains = silo.Grains;
        // Warm code paths and pools with SMEs outside the measured range before the baseline.
        await SmeSeeder.SeedAsync(grains, 10_000_000, 100, JourneyEntries);
        var memoryBefore = MemorySnapshot.Take();
        var bytesBefore = CountingStorageSerializer.BytesSerialized;
        var rowsBefore = await probe.RowsWrittenAsync();
        var databaseBefore = await probe.DatabaseBytesAsync();

        Console.WriteLine($"Scale 1/{divisor}: registering {smes:N0} SMEs led by {partners.Count} partners...");
        var clock = Stopwatch.StartNew();
        await SmeSeeder.SeedAsync(grains, 0, smes, JourneyEntries, Callers, partners);
        var registered = clock.Elapsed;
        var stageSlug = SmeIndexes.StageSlug(SmeStage.Internationalising);
        // Every SME ends internationalising (it attended cross-border events): the longest list there is.
        await SmeSeeder.WaitForIndexAsync(grains, IndexName.SmesByStage, stageSlug, smes + 100, TimeSpan.FromMinutes(30));
        var settled = clock.Elapsed;
        var bytesPerSme = (CountingStorageSerializer.BytesSerialized - bytesBefore) / (double)smes;
        var rowsPerSme = (await probe.RowsWrittenAsync() - rowsBefore) / (double)smes;

        Console.WriteLine($"Scale 1/{divisor}: {liveEvents} live events of {AttendeesPerEvent}, everyone checks in...");
        var attendees = Enumerable.Range(0, Math.Min(AttendeesPerEvent, smes)).Select(SmeSeeder.AttendeeOf).ToList();
        var (pool, events) = await CheckInPool.RegisterAsync(grains, liveEvents * attendees.Count, attendees);
        await Drain.WaitAsync(silo, TimeSpan.FromMinutes(10));
        var checkIns = pool.Remaining;
        var checkInTime = await LoadRunner.RunToCompletionAsync(Callers, () => pool.CheckInNextAsync(grains));
        await Drain.WaitAsync(silo, TimeSpan.FromMinutes(10));

        var pageMs = new double[PageReads];
        for (var i = 0; i < PageReads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await SmePageReader.ReadAsync(grains, SmeSeeder.SectorOf(i));
            pageMs[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(pageMs);
        var stageBuckets = await IndexSizes.BucketCountsAsync(grains, IndexName.SmesByStage, stageSlug);
        var sectorList = await IndexSizes.CountAsync(grains, IndexName.SmesBySector, ProgrammeCatalog.Describe(Sector.Mechatronics).Slug);
        var partnerList = await IndexSizes.CountAsync(grains, IndexName.SmesByPartner, partners[^1].Id);
        var memoryAfter = MemorySnapshot.Take();
        var (heapPerSme, workingSetPerSme) = memoryAfter.PerItemSince(memoryBefore, smes);
        var databaseBytes = await probe.DatabaseBytesAsync();

        return new ScaleStep(divisor, smes, liveEvents, partners.Count, new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
        {
            ["smesRegisteredPerSecond"] = Math.Round(smes / registered.TotalSeconds, 1),
            ["secondsUntilIndexesSettled"] = Math.Round(settled.TotalSeconds, 1),
            ["stateBytesWrittenPerSme"] = Math.Round(bytesPerSme),
            ["rowsWrittenPerSme"] = Math.Round(rowsPerSme, 2),
            ["checkInsPerSecond"] = Math.Round(checkIns / checkInTime.TotalSeconds, 1),
            ["checkIns"] = checkIns,
            ["pageOf100MedianMs"] = Math.Round(LoadRunner.Percentile(pageMs, 0.5), 2),
            ["pageOf100P99Ms"] = Math.Round(LoadRunner.Percentile(pageMs, 0.99), 2),
            ["heapBytesPerSme"] = Math.Round(heapPerSme),
            ["workingSetBytesPerSme"] = Math.Round(workingSetPerSme),
            ["heapMiB"] = Math.Round(memoryAfter.HeapBytes / 1048576.0, 1),
            ["largestIndexList"] = stageBuckets.Sum(),
            ["largestIndexBucket"] = stageBuckets.Max(),
            ["sectorIndexList"] = sectorList,
            ["partnerIndexList"] = partnerList,
            ["databaseBytesPerSme"] = Math.Round((databaseBytes - databaseBefore) / (double)smes),
            ["databaseMiB"] = Math.Round(databaseBytes / 1048576.0, 1),
        }));
    }
}
