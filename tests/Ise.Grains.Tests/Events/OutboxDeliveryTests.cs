using Ise.Effects;
using Ise.Events;
using Ise.Programme;
using Ise.Smes;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Events;

/// <summary>At-least-once delivery: a receiver applies an effect once however often it arrives.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OutboxDeliveryTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task An_effect_delivered_twice_is_counted_once()
    {
        var sme = await RegisterDutchSmeAsync(Grains);
        var eventId = EventIds.New();
        var now = DateTimeOffset.UtcNow;
        var entry = new JourneyEntry($"{eventId}-test", JourneyEntryKind.Attended, now, now.DateTime, "aditec",
            ActivityKind.TasterSession, eventId, null, null, null);
        var journeyBatch = new EffectBatch("test-source/" + eventId, [new EffectEnvelope(1, new JourneyEffect(entry))]);
        var statisticsBatch = new EffectBatch(IseKeys.AttendanceBucket(eventId, 3),
        [
            new EffectEnvelope(1, new AttendanceChangedEffect("c", sme, null, AttendanceStatus.Registered, false, now, "10:00")),
            new EffectEnvelope(2, new AttendanceChangedEffect("c", sme, AttendanceStatus.Registered, AttendanceStatus.CheckedIn, false, now, "10:00")),
        ]);
        var smeGrain = Grains.GetGrain<ISmeGrain>(sme.SmeId);
        var statistics = Grains.GetGrain<IEventStatisticsGrain>(eventId);

        await smeGrain.ApplyEffectsAsync(journeyBatch);
        await smeGrain.ApplyEffectsAsync(journeyBatch);
        await statistics.ApplyEffectsAsync(statisticsBatch);
        await statistics.ApplyEffectsAsync(statisticsBatch);
        await statistics.ApplyEffectsAsync(statisticsBatch with { Effects = [statisticsBatch.Effects[1]] });

        Assert.Single(await smeGrain.GetJourneyAsync(), e => e.Kind == JourneyEntryKind.Attended);
        var counts = await statistics.GetAsync();
        Assert.Equal((0, 1), (counts.Registered, counts.CheckedIn));
        Assert.Equal(1, counts.CheckedInByCountry[Country.NL]);
    }
}
