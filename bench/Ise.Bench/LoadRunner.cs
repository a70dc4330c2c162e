using System.Diagnostics;
namespace Ise.Bench;

/// <summary>
/// Runs an operation from many concurrent callers: a warm-up, then a measured window whose
/// operations and latencies are recorded. Each loop yields, so in-process load never starves the silo.
/// </summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        int callers, TimeSpan warmUp, TimeSpan window, Func<int, Task<bool>> operation, Func<Task>? atWindowStart = null, Func<Task>? atWindowEnd = null)
    {
        var measuring = false;
        var stop = false;
        var latencies = new List<double>[callers];
        var counts = new long[callers];
        var workers = Enumerable.Range(0, callers).Select(async caller =>
        {
            latencies[caller] = [];
            while (!Volatile.Read(ref stop))
            {
                await Task.Yield();
                var started = Stopwatch.GetTimestamp();
                if (!await operation(caller))
                {
                    break;
                }

                if (Volatile.Read(ref measuring))
                {
                    latencies[caller].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    counts[caller]++;
                }
            }
        }).ToList();

        await Task.Delay(warmUp);
        if (atWindowStart is not null)
        {
            await atWindowStart();
        }

        var clock = Stopwatch.StartNew();
        Volatile.Write(ref measuring, true);
        await Task.Delay(window);
        Volatile.Write(ref measuring, false);
        var elapsed = clock.Elapsed;
        if (atWindowEnd is not null)
        {
            await atWindowEnd();
        }

        if (workers.Any(w => w.IsCompleted))
        {
            throw new InvalidOperationException("The load ran out of work during the measured window; give it a larger pool.");
        }

        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(counts.Sum(), elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    /// <summary>Runs until every caller's operation reports no more work; returns the elapsed time.</summary>
    public static async Task<TimeSpan> RunToCompletionAsync(int callers, Func<Task<bool>> operation)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            await Task.Yield();
            while (await operation())
            {
                await Task.Yield();
            }
        }));
        return clock.Elapsed;
    }

    /// <summary>The value at fraction <paramref name="p"/> of a sorted sample (NaN when empty).</summary>
    /// <summary>Milliseconds one call takes, from start to its answer.</summary>
    public static async Task<double> TimeAsync(Func<Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>
    /// Times two calls one at a time, alternating which goes first each round (so neither profits from the other's
    /// warm caches), after <paramref name="warmUp"/> rounds not kept; each call's milliseconds, sorted.
    /// </summary>
    public static async Task<(double[] First, double[] Second)> AlternateAsync(Func<Task> first, Func<Task> second, int warmUp, int rounds)
    {
        var a = new List<double>(rounds);
        var b = new List<double>(rounds);
        for (var round = -warmUp; round < rounds; round++)
        {
            var (x, y) = round % 2 == 0 ? (first, second) : (second, first);
            var tx = await TimeAsync(x);
            var ty = await TimeAsync(y);
            if (round >= 0)
            {
                (round % 2 == 0 ? a : b).Add(tx);
                (round % 2 == 0 ? b : a).Add(ty);
            }
        }

        return ([.. a.Order()], [.. b.Order()]);
    }

    public static double Median(double[] sorted) => Percentile(sorted, 0.5);

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
