using System.Collections.Concurrent;
using System.Globalization;
using Ise.Events;

namespace Ise.Bench;

/// <summary>
/// Attendee codes registered ahead of a measurement, handed out once each so every measured
/// check-in is a real first check-in (a repeated scan is cheaper and would flatter the figure).
/// </summary>
public sealed class CheckInPool
{
    private readonly ConcurrentQueue<string> _codes = new();

    public int Remaining => _codes.Count;

    public bool TryTake(out string code) => _codes.TryDequeue(out code!);

    /// <summary>Creates live events of <paramref name="eventSize"/> registrations until <paramref name="total"/> codes exist.</summary>
    public static Task<(CheckInPool Pool, List<string> EventIds)> RegisterAsync(IGrainFactory grains, int total, int eventSize) =>
        RegisterAsync(grains, total, Enumerable.Range(0, eventSize)
            .Select(i => new Attendee(IseKeys.Sme(Country.NL, (10_000_000 + i).ToString(CultureInfo.InvariantCulture)), Country.NL, Region.SouthWestNetherlands, Sector.Mechatronics, null))
            .ToList());

    /// <summary>Creates live events, each registering every one of <paramref name="smes"/>, until <paramref name="total"/> codes exist.</summary>
    public static async Task<(CheckInPool Pool, List<string> EventIds)> RegisterAsync(IGrainFactory grains, int total, IReadOnlyList<Attendee> smes)
    {
        var pool = new CheckInPool();
        var eventIds = new List<string>();
        var eventSize = smes.Count;
        // Today in the Netherlands: a past event is never started.
        var day = ProgrammeTime.ToLocal(DateTimeOffset.UtcNow, Region.SouthWestNetherlands).Date.AddHours(9);
        for (var registered = 0; registered < total; registered += eventSize)
        {
            var id = EventIds.New();
            var @event = grains.GetGrain<IEventGrain>(id);
            await @event.CreateAsync(new CreateEvent("Benchmark event", ActivityKind.CrossBorderEvent, "innovatiehuis", Region.SouthWestNetherlands,
                [Sector.Mechatronics], day, day.AddHours(8), "Bench hall", eventSize, 0));
            await @event.PublishAsync();
            for (var offset = 0; offset < smes.Count; offset += 2_000)
            {
                var outcomes = await @event.RegisterManyAsync(smes.Skip(offset).Take(2_000).ToList());
                foreach (var outcome in outcomes)
                {
                    pool._codes.Enqueue(outcome.Registration.Code);
                }
            }

            await @event.StartAsync();
            eventIds.Add(id);
        }

        var shuffled = pool._codes.OrderBy(_ => Random.Shared.Next()).ToList();
        pool._codes.Clear();
        foreach (var code in shuffled)
        {
            pool._codes.Enqueue(code);
        }

        return (pool, eventIds);
    }

    /// <summary>Checks in the next code of the pool; false when the pool is used up.</summary>
    public async Task<bool> CheckInNextAsync(IGrainFactory grains)
    {
        if (!TryTake(out var code))
        {
            return false;
        }

        var parsed = AttendeeCode.Parse(code);
        await grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(parsed.EventId, parsed.Bucket)).CheckInAsync(code);
        return true;
    }
}
