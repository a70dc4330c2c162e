using Ise.Events;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Events with registered SMEs (a few registrations cancelled) ready for a storm of check-ins, and
/// the check that every acknowledged check-in was counted exactly once everywhere it shows.
/// </summary>
public sealed class CheckInPlan
{
    public Dictionary<string, List<string>> CodesByEvent { get; } = [];

    public Dictionary<string, string> SmeOfCode { get; } = [];

    public HashSet<string> Cancelled { get; } = [];

    public IEnumerable<string> AllCodes => CodesByEvent.Values.SelectMany(c => c);

    public static IAttendanceBucketGrain Bucket(IGrainFactory grains, string code)
    {
        var parsed = AttendeeCode.Parse(code);
        return grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(parsed.EventId, parsed.Bucket));
    }

    public static async Task<CheckInPlan> PrepareAsync(IGrainFactory grains, int events, int attendeesPerEvent, int cancelledPerEvent)
    {
        var plan = new CheckInPlan();
        // Today in Lille: a past event is never started.
        var day = ProgrammeTime.ToLocal(DateTimeOffset.UtcNow, Region.HautsDeFrance).Date.AddHours(9);
        for (var e = 0; e < events; e++)
        {
            var eventId = EventIds.New();
            var @event = grains.GetGrain<IEventGrain>(eventId);
            await @event.CreateAsync(new CreateEvent($"Storm {e}", ActivityKind.CrossBorderEvent, "aditec", Region.HautsDeFrance,
                [Sector.NewMaterials], day, day.AddHours(6), "Lille", attendeesPerEvent, 0));
            await @event.PublishAsync();
            var attendees = new List<Attendee>();
            for (var i = 0; i < attendeesPerEvent; i++)
            {
                var kvk = TestCompanyIds.Kvk();
                attendees.Add(new Attendee(IseKeys.Sme(Country.NL, kvk), Country.NL, Region.SouthWestNetherlands, Sector.NewMaterials, null));
                await grains.GetGrain<ISmeGrain>(attendees[^1].SmeId).RegisterAsync(new RegisterSme(Country.NL, kvk, "Storm firm " + kvk,
                    Region.SouthWestNetherlands, Sector.NewMaterials, 10, new Money(1_000_000m, Currency.EUR), new Money(500_000m, Currency.EUR), "innovatiehuis", []));
            }

            var outcomes = await @event.RegisterManyAsync(attendees);
            var codes = outcomes.Select(o => o.Registration.Code).ToList();
            foreach (var cancelled in codes.Take(cancelledPerEvent))
            {
                await @event.CancelRegistrationAsync(cancelled);
                plan.Cancelled.Add(cancelled);
            }

            await @event.StartAsync();
            plan.CodesByEvent[eventId] = codes;
            foreach (var outcome in outcomes)
            {
                plan.SmeOfCode[outcome.Registration.Code] = outcome.Registration.Attendee.SmeId;
            }
        }

        return plan;
    }

    /// <summary>The codes in three parts, in order: those checked in before a fault, during it and after it.</summary>
    public (List<string> Before, List<string> During, List<string> After) InThirds()
    {
        var codes = AllCodes.ToList();
        var third = codes.Count / 3;
        return ([.. codes.Take(third)], [.. codes.Skip(third).Take(third)], [.. codes.Skip(2 * third)]);
    }

    /// <summary>Checks each of <paramref name="codes"/> in, one after another, each added to <paramref name="acknowledged"/> once answered.</summary>
    public static async Task CheckInAsync(IGrainFactory grains, IEnumerable<string> codes, ISet<string> acknowledged)
    {
        foreach (var code in codes)
        {
            await Bucket(grains, code).CheckInAsync(code);
            acknowledged.Add(code);
        }
    }

    /// <summary>
    /// Waits until the statistics count every acknowledged check-in, then asserts the lists and the
    /// SMEs' journeys hold each exactly once. Returns the check-ins found.
    /// </summary>
    public async Task<int> AssertEachAcknowledgedCountedOnceAsync(IGrainFactory grains, IReadOnlySet<string> acknowledged, TimeSpan drainTimeout)
    {
        foreach (var (eventId, codes) in CodesByEvent)
        {
            var expected = codes.Count(acknowledged.Contains);
            var statistics = grains.GetGrain<IEventStatisticsGrain>(eventId);
            await Eventually.TrueAsync(async () =>
            {
                var s = await statistics.GetAsync();
                return s.CheckedIn == expected && s.Cancelled == codes.Count(Cancelled.Contains);
            }, drainTimeout, $"the statistics of {eventId} count every acknowledged check-in");
        }

        var found = 0;
        foreach (var (eventId, codes) in CodesByEvent)
        {
            var statistics = await grains.GetGrain<IEventStatisticsGrain>(eventId).GetAsync();
            Assert.Equal(codes.Count(acknowledged.Contains), statistics.CheckedIn);
            Assert.Equal(codes.Count(c => !acknowledged.Contains(c) && !Cancelled.Contains(c)), statistics.Registered);
            var listed = await grains.GetGrain<IEventGrain>(eventId).ListRegistrationsAsync(AttendanceStatus.CheckedIn);
            Assert.Equal(codes.Where(acknowledged.Contains).Order(), listed.Select(r => r.Code).Order());
            var cancelled = await grains.GetGrain<IEventGrain>(eventId).ListRegistrationsAsync(AttendanceStatus.Cancelled);
            Assert.Equal(codes.Where(Cancelled.Contains).Order(), cancelled.Select(r => r.Code).Order());
            found += listed.Count;
        }

        foreach (var (code, smeId) in SmeOfCode.Where(p => acknowledged.Contains(p.Key)))
        {
            var eventId = AttendeeCode.Parse(code).EventId;
            var sme = grains.GetGrain<ISmeGrain>(smeId);
            await Eventually.TrueAsync(async () => (await sme.GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.Attended && e.EventId == eventId),
                TimeSpan.FromSeconds(60), $"the journey of {smeId} records the check-in");
            Assert.Equal(1, (await sme.GetJourneyAsync()).Count(e => e.Kind == JourneyEntryKind.Attended && e.EventId == eventId));
        }

        return found;
    }
}
