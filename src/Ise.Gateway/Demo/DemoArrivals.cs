using Ise.Events;
using Ise.Hosting;

namespace Ise.Gateway.Demo;

/// <summary>
/// Embedded mode's demo: the live taster event gets an arrival every few seconds (a registered firm
/// checks in; once everyone is in, the earliest check-in is undone so the board keeps moving), so a
/// newcomer opening its dashboard sees it move. <c>Ise:Demo:ArrivalSeconds</c> sets the pace; 0 turns it off.
/// </summary>
public sealed partial class DemoArrivals(
    DemoDataSeeder seeder, IGrainFactory grains, IseOptions options, IConfiguration configuration, TimeProvider time, ILogger<DemoArrivals> logger)
    : BackgroundService
{
    public const string EventId = DemoEvents.TasterId;
    public const string IntervalKey = "Ise:Demo:ArrivalSeconds";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(IntervalKey, 4.0);
        if (!options.SeedDemoData || seconds <= 0)
        {
            return;
        }

        await seeder.Seeded.WaitAsync(stoppingToken);
        LogSimulating(EventId, seconds);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await NextArrivalAsync();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Demo arrival failed; trying again at the next tick");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task NextArrivalAsync()
    {
        var @event = grains.GetGrain<IEventGrain>(EventId);
        var waiting = await @event.ListRegistrationsAsync(AttendanceStatus.Registered);
        if (waiting.Count > 0)
        {
            var code = waiting[Random.Shared.Next(waiting.Count)].Code;
            await Bucket(code).CheckInAsync(code);
            return;
        }

        var earliest = (await @event.ListRegistrationsAsync(AttendanceStatus.CheckedIn)).Where(r => !r.WalkIn).MinBy(r => r.CheckedInAt);
        if (earliest is not null)
        {
            await Bucket(earliest.Code).UndoCheckInAsync(earliest.Code);
        }
    }

    private IAttendanceBucketGrain Bucket(string code)
    {
        var parsed = AttendeeCode.Parse(code);
        return grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(parsed.EventId, parsed.Bucket));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: simulated arrivals at {EventId} every {Seconds} s (Ise:Demo:ArrivalSeconds=0 turns them off)")]
    private partial void LogSimulating(string eventId, double seconds);
}
