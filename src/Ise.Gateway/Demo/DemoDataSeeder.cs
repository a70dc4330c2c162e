using Ise.Events;
using Ise.Hosting;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Gateway.Demo;

/// <summary>
/// Embedded mode only: registers the demo firms and events through the grains, as a partner would,
/// with registrations, check-ins, a walk-in, and no-shows of a closed event. Idempotent.
/// </summary>
public sealed partial class DemoDataSeeder(IGrainFactory grains, IseOptions options, TimeProvider time, ILogger<DemoDataSeeder> logger) : BackgroundService
{
    /// <summary>Who the demo's attendance recorded after its past event is by, as its journey entries show it.</summary>
    private const string Recorder = "demo data [Secretariat]";

    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the demo data is in place (at once when there is none to seed).</summary>
    public Task Seeded => _seeded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Mode == IseMode.Embedded && options.SeedDemoData)
            {
                await SeedAsync();
            }

            _seeded.TrySetResult();
        }
        catch (Exception ex)
        {
            _seeded.TrySetException(ex);
            throw;
        }
    }

    private async Task SeedAsync()
    {
        var firms = DemoSmes.All;
        foreach (var firm in firms)
        {
            await grains.GetGrain<ISmeGrain>(DemoSmes.IdOf(firm)).RegisterAsync(firm);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var events = DemoEvents.Relative(today);
        for (var e = 0; e < events.Count; e++)
        {
            var (id, definition, status) = events[e];
            var grain = grains.GetGrain<IEventGrain>(id);
            await grain.CreateAsync(definition);
            if (status == EventStatus.Draft)
            {
                continue;
            }

            await grain.PublishAsync();
            var registered = new List<Registration>();
            foreach (var firm in firms.Where((_, i) => (i + e) % 3 != 0))
            {
                registered.Add((await grain.RegisterAsync(Attendee(firm), $"demo-{id}-{DemoSmes.IdOf(firm)}")).Registration);
            }

            if (status == EventStatus.Open)
            {
                continue;
            }

            var attended = registered.Where((_, i) => i % 3 != 2).Select(r => r.Code).ToList();
            var walkIn = Attendee(firms[(e * 5) % firms.Count]);
            if (status == EventStatus.Closed)
            {
                // A past event is never started: it is recorded as held, and who came is recorded after it, dated by its day.
                await grain.RecordHeldAsync();
                await grain.RecordRetroactiveAttendanceAsync(attended, null, Recorder);
                await grain.WalkInOnAsync(walkIn, DateOnly.FromDateTime(definition.StartsAtLocal), Recorder);
                continue;
            }

            await grain.StartAsync();
            foreach (var code in attended)
            {
                await CheckInAsync(code);
            }

            await grain.WalkInAsync(walkIn);
        }

        // A few firms join their sector's cluster, and one introduces itself.
        foreach (var firm in firms.Where((_, i) => i % 4 == 0))
        {
            var sme = grains.GetGrain<ISmeGrain>(DemoSmes.IdOf(firm));
            if (!ClusterMemberships.Current(await sme.GetJourneyAsync()).Contains(ProgrammeCatalog.Describe(firm.Sector).Slug))
            {
                await sme.JoinClusterAsync(firm.Sector);
            }
        }

        var poster = firms[0];
        await grains.GetGrain<Ise.Clusters.IClusterGrain>(ProgrammeCatalog.Describe(poster.Sector).Slug)
            .PostAsync(DemoSmes.IdOf(poster), "[Demo] Hello from Medway: we are looking for a Belgian partner for sensor housings.", "demo-first-post");

        LogSeeded(firms.Count, events.Count);
    }

    private Task<CheckInResult> CheckInAsync(string code)
    {
        var parsed = AttendeeCode.Parse(code);
        return grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(parsed.EventId, parsed.Bucket)).CheckInAsync(code);
    }

    private static Attendee Attendee(RegisterSme firm) => new(DemoSmes.IdOf(firm), firm.Country, firm.Region, firm.Sector, null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Smes} SMEs and {Events} events, all labelled [Demo]")]
    private partial void LogSeeded(int smes, int events);
}
