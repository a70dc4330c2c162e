using Ise.Events;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Grains.Tests.Support;

/// <summary>Fresh SMEs and events for grain tests: every call makes new ids, so tests never share state.</summary>
public static class Programme
{
    public static string NewKvk() => Ise.Testing.TestCompanyIds.Kvk();

    public static RegisterSme DutchFirm(string kvk, string partner = "innovatiehuis", int staff = 12) => new(
        Country.NL, kvk, $"Test firm {kvk}", Region.SouthWestNetherlands, Sector.Mechatronics, staff,
        new Money(2_000_000m, Currency.EUR), new Money(1_000_000m, Currency.EUR), partner, []);

    public static async Task<Attendee> RegisterDutchSmeAsync(IGrainFactory grains, string? kvk = null)
    {
        var command = DutchFirm(kvk ?? NewKvk());
        var id = IseKeys.Sme(Country.NL, command.CompanyId!);
        await grains.GetGrain<ISmeGrain>(id).RegisterAsync(command);
        return new Attendee(id, Country.NL, Region.SouthWestNetherlands, Sector.Mechatronics, null);
    }

    /// <summary>
    /// A workshop in Ghent today (East Flanders' date), 09:30 to 17:00: an event that is run (started, checked in,
    /// closed) is held today, since a past event is never started; past events are loaded as held (<see cref="PastWorkshop"/>).
    /// </summary>
    public static CreateEvent Workshop(int capacity, int? waitingListLimit = null, ActivityKind kind = ActivityKind.SectorWorkshop) =>
        PastWorkshop(DateOnly.FromDateTime(ProgrammeTime.ToLocal(DateTimeOffset.UtcNow, Region.EastFlanders)), capacity, waitingListLimit, kind);

    /// <summary>The same workshop on <paramref name="day"/>, 09:30 to 17:00 local time.</summary>
    public static CreateEvent PastWorkshop(DateOnly day, int capacity, int? waitingListLimit = null, ActivityKind kind = ActivityKind.SectorWorkshop) => new(
        "Mechatronics workshop", kind, "voka-east-flanders", Region.EastFlanders, [Sector.Mechatronics],
        day.ToDateTime(new TimeOnly(9, 30)), day.ToDateTime(new TimeOnly(17, 0)), "Ghent", capacity, waitingListLimit);

    /// <summary>A workshop held all day on the East Flanders date of <paramref name="moment"/> (check-ins are dated by their event's date).</summary>
    public static CreateEvent WorkshopOnTheDayOf(DateTimeOffset moment, int capacity)
    {
        var day = ProgrammeTime.ToLocal(moment, Region.EastFlanders).Date;
        return Workshop(capacity) with { StartsAtLocal = day, EndsAtLocal = day.AddHours(23).AddMinutes(59) };
    }

    public static async Task<IEventGrain> CreateEventAsync(IGrainFactory grains, int capacity, EventStatus status, int? waitingListLimit = null, ActivityKind kind = ActivityKind.SectorWorkshop,
        CreateEvent? definition = null)
    {
        var grain = grains.GetGrain<IEventGrain>(EventIds.New());
        await grain.CreateAsync(definition ?? Workshop(capacity, waitingListLimit, kind));
        if (status >= EventStatus.Open)
        {
            await grain.PublishAsync();
        }

        if (status >= EventStatus.Live)
        {
            await grain.StartAsync();
        }

        return grain;
    }

    public static IAttendanceBucketGrain BucketOf(IGrainFactory grains, string code)
    {
        var parsed = AttendeeCode.Parse(code);
        return grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(parsed.EventId, parsed.Bucket));
    }
}
