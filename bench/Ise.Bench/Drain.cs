using System.Diagnostics;
using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Bench;

/// <summary>
/// Waits until what the silo's changes cause has been delivered (no committed journal batch waiting for a receiver),
/// so a measurement starts quiet.
/// </summary>
public static class Drain
{
    public static Task<long> BacklogAsync(BenchSilo silo) =>
        Task.FromResult((long)silo.Services.GetRequiredService<EffectDispatcher>().PendingBatches);

    public static async Task<TimeSpan> WaitAsync(BenchSilo silo, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (await BacklogAsync(silo) > 0)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The journal's deliveries did not drain within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(250);
        }

        return clock.Elapsed;
    }
}
