using System.Diagnostics;
using Ise.Events;
using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Bench;

/// <summary>
/// Waits until what the events' changes cause has been delivered: their own outboxes empty and no
/// committed journal batch of the silo waiting for a receiver, so a measurement starts quiet.
/// </summary>
public static class Drain
{
    public static async Task<long> BacklogAsync(BenchSilo silo, IEnumerable<string> eventIds)
    {
        var backlogs = await Task.WhenAll(eventIds.Select(id => silo.Grains.GetGrain<IEventGrain>(id).OutboxBacklogAsync()));
        return backlogs.Sum() + silo.Services.GetRequiredService<EffectDispatcher>().PendingBatches;
    }

    public static async Task<TimeSpan> WaitAsync(BenchSilo silo, IReadOnlyCollection<string> eventIds, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (await BacklogAsync(silo, eventIds) > 0)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The outboxes and the journal's deliveries did not drain within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(250);
        }

        return clock.Elapsed;
    }
}
