namespace Ise.Bench;

/// <summary>P1: in-memory check-ins per second ÷ no-op grain calls per second, same silo, same concurrency.</summary>
public static class P1InMemoryCheckIns
{
    private const int NoOpGrains = 1024;
    private const int MaxPool = 300_000;
    private const int MaxQuickPool = 60_000;

    public static async Task<Figure> RunAsync(BenchOptions options)
    {
        await using var silo = await BenchSilo.InMemoryAsync();
        var grains = silo.Grains;
        var warmUp = options.Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(10);
        var window = options.Quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(20);
        Console.WriteLine("P1: no-op grain calls...");
        var noOp = await LoadRunner.RunAsync(options.Concurrency, warmUp, window, async _ =>
        {
            await grains.GetGrain<INoOpGrain>(Random.Shared.Next(NoOpGrains)).PingAsync();
            return true;
        });

        // Enough first check-ins for the warm-up and the window even if check-ins were as fast as no-op calls.
        var poolSize = (int)Math.Min(options.Quick ? MaxQuickPool : MaxPool, noOp.PerSecond * (warmUp + window).TotalSeconds * 1.3);
        Console.WriteLine($"P1: registering {poolSize:N0} attendees...");
        var (pool, _) = await CheckInPool.RegisterAsync(grains, poolSize, 10_000);
        Console.WriteLine("P1: check-ins...");
        var checkIns = await LoadRunner.RunAsync(options.Concurrency, warmUp, window, _ => pool.CheckInNextAsync(grains));

        return new Figure(
            "In-memory check-ins per second ÷ no-op grain calls per second",
            Math.Round(checkIns.PerSecond, 1), Math.Round(noOp.PerSecond, 1), "calls/s", ">= 0.4", checkIns.PerSecond / noOp.PerSecond >= 0.4,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["checkInP50Ms"] = checkIns.P50Milliseconds,
                ["checkInP99Ms"] = checkIns.P99Milliseconds,
                ["noOpP99Ms"] = noOp.P99Milliseconds,
                ["concurrency"] = options.Concurrency,
            }),
            $"{options.Concurrency} concurrent callers in the silo's process; warm-up {warmUp.TotalSeconds:0} s, window {window.TotalSeconds:0} s.");
    }
}
