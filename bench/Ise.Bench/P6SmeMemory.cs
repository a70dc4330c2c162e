using System.Diagnostics;
namespace Ise.Bench;

/// <summary>
/// P6: memory per active SME grain holding a 20-entry journey, with PostgreSQL storage. A first silo
/// registers a few hundred SMEs through their grains and stops once their effects are delivered; a
/// fresh silo on the same database checks that rebuilding those SMEs gives exactly the journal rows their
/// grains stored, appends the rest of the SMEs to the journal the same way (<see cref="StoredSmeCopies"/>),
/// then activates them all (each activation reads its stream from PostgreSQL). Managed heap and
/// working set are compared after a full collection, before and after the activations.
/// </summary>
public static class P6SmeMemory
{
    private const int JourneyEntries = 20;
    private const double GoalBytes = 8 * 1024;
    // Keys above those P1's load uses, so each baseline call is a new activation.
    private const int NoOpKeys = 1_000_000;
    // Registered through their grains; the rest are copies written to storage (StoredSmeCopies).
    private const int RegisteredThroughGrains = 500;
    private static readonly ParallelOptions s_activation = new() { MaxDegreeOfParallelism = 64 };

    public static async Task<Figure> RunAsync(BenchOptions options)
    {
        var count = options.P6Smes;
        var warm = Math.Max(100, count / 100);
        var registered = Math.Min(count, RegisteredThroughGrains);
        var database = await BenchDatabase.CreateAsync(options.PostgresServer);
        await using (var seeding = await BenchSilo.OnPostgresAsync(database))
        {
            Console.WriteLine($"P6: registering {registered:N0} SMEs with journeys of {JourneyEntries} through their grains on PostgreSQL...");
            await SmeSeeder.SeedAsync(seeding.Grains, 0, registered, JourneyEntries);
            Console.WriteLine("P6: stopping the silo (its effects are delivered first)...");
        }

        await using var silo = await BenchSilo.OnPostgresAsync(database);
        var grains = silo.Grains;
        var copies = new StoredSmeCopies(silo.Services, JourneyEntries);
        await copies.VerifyAsync(Enumerable.Range(0, registered));
        Console.WriteLine($"P6: {registered:N0} SMEs rebuilt and found equal to what their grains stored; writing {count - registered:N0} more to the journal...");
        var clock = Stopwatch.StartNew();
        await copies.WriteAsync(Enumerable.Range(registered, count - registered), DateTimeOffset.UtcNow, writers: 16);
        Console.WriteLine($"P6: written in {clock.Elapsed.TotalSeconds:0} s.");
        var ids = Enumerable.Range(0, count).Select(SmeSeeder.IdOf).ToList();

        // A few activations first, so code, pools and caches are warm before the baseline.
        await ActivateAsync(grains, ids.Take(warm));
        var journey = await grains.GetGrain<ISmeGrain>(ids[0]).GetJourneyAsync();
        if (journey.Count != JourneyEntries)
        {
            throw new InvalidOperationException($"P6: an SME read back {journey.Count} journey entries, not {JourneyEntries}.");
        }

        var before = MemorySnapshot.Take();
        Console.WriteLine($"P6: activating {count - warm:N0} SMEs...");
        var activation = Stopwatch.StartNew();
        await ActivateAsync(grains, ids.Skip(warm));
        var activationSeconds = activation.Elapsed.TotalSeconds;
        var after = MemorySnapshot.Take();
        var (heap, workingSet) = after.PerItemSince(before, count - warm);

        // Baseline: what an Orleans activation of a grain without state costs in the same silo.
        Console.WriteLine($"P6: activating {count - warm:N0} no-op grains (baseline)...");
        await ActivateNoOpAsync(grains, Enumerable.Range(0, warm));
        var beforeNoOp = MemorySnapshot.Take();
        await ActivateNoOpAsync(grains, Enumerable.Range(warm, count - warm));
        var (noOpHeap, _) = MemorySnapshot.Take().PerItemSince(beforeNoOp, count - warm);

        return new Figure(
            "Memory per active SME grain with a 20-entry journey on PostgreSQL storage (managed heap)",
            Math.Round(heap), Math.Round(noOpHeap), "bytes per active grain (SME ÷ no-op grain)", "<= 8 KiB", heap <= GoalBytes,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["heapBytesPerSme"] = Math.Round(heap),
                ["workingSetBytesPerSme"] = Math.Round(workingSet),
                ["smesActivated"] = count - warm,
                ["activationsPerSecond"] = Math.Round((count - warm) / activationSeconds),
                ["heapMiBAfter"] = Math.Round(after.HeapBytes / 1048576.0, 1),
                ["workingSetMiBAfter"] = Math.Round(after.WorkingSetBytes / 1048576.0, 1),
            }),
            $"{count:N0} SMEs with journeys of enrolment plus {JourneyEntries - 1} attendances: {Math.Min(count, RegisteredThroughGrains):N0} registered through their grains, " +
            "the rest written to storage as copies of those states, verified equal to what the grains stored; " +
            $"silo restarted, {warm:N0} activated to warm up, then the rest; " +
            "deltas after full compacting collections. Baseline: the same number of activations of a grain without state in the same silo. " +
            "The goal is on the value (8 KiB). Server GC: the working set includes heap the GC keeps.");
    }

    private static Task ActivateAsync(IGrainFactory grains, IEnumerable<string> ids) => Parallel.ForEachAsync(ids, s_activation, async (id, _) =>
    {
        if (!await grains.GetGrain<ISmeGrain>(id).ExistsAsync())
        {
            throw new InvalidOperationException($"P6: SME {id} was not found after registration.");
        }
    });

    private static Task ActivateNoOpAsync(IGrainFactory grains, IEnumerable<int> keys) =>
        Parallel.ForEachAsync(keys, s_activation, async (key, _) => await grains.GetGrain<INoOpGrain>(key + NoOpKeys).PingAsync());
}
