using System.Diagnostics;
using Ise.Events;

namespace Ise.Bench;

/// <summary>Waits until the events' outboxes (their own and their buckets') are empty, so a measurement starts quiet.</summary>
public static class Drain
{
    public static async Task<long> BacklogAsync(IGrainFactory grains, IEnumerable<string> eventIds)
    {
        var backlogs = await Task.WhenAll(eventIds.Select(id => grains.GetGrain<IEventGrain>(id).OutboxBacklogAsync()));
        return backlogs.Sum();
    }

    public static async Task<TimeSpan> WaitAsync(IGrainFactory grains, IReadOnlyCollection<string> eventIds, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (await BacklogAsync(grains, eventIds) > 0)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The outboxes did not drain within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(250);
        }

        return clock.Elapsed;
    }
}
