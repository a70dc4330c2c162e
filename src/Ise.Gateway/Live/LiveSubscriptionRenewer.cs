using Ise.Live;

namespace Ise.Gateway.Live;

/// <summary>
/// Renews this gateway's subscriptions well before they expire (every quarter of their lifetime),
/// so a grain reactivated on another silo hears of its watchers again within that time, and a group that
/// missed changes made before then gets a fresh snapshot.
/// </summary>
public sealed class LiveSubscriptionRenewer(LiveSubscriptions subscriptions, TimeProvider time, ILogger<LiveSubscriptionRenewer> logger) : BackgroundService
{
    public static readonly TimeSpan Period = CoalescedWatchers<Ise.Events.IEventStatisticsObserver>.SubscriptionLifetime / 4;

    /// <summary>How many subscriptions are renewed at once.</summary>
    private const int RenewedAtOnce = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // Side by side: a call that waits on a silo that has just died holds up only its own source.
                await Parallel.ForEachAsync(subscriptions.Sources, new ParallelOptions { MaxDegreeOfParallelism = RenewedAtOnce, CancellationToken = stoppingToken }, async (source, _) =>
                {
                    try
                    {
                        await source.RenewAsync();
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogWarning(e, "{Group}: could not renew the subscription; trying again in {Period}", source.Group, Period);
                    }
                });
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
