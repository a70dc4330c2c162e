using Ise.Events;
using Ise.Gateway.Demo;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests;

public sealed class DemoDataTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    [Fact]
    public async Task Embedded_mode_seeds_labelled_demo_smes_in_every_region_and_events_of_every_kind()
    {
        using var client = factory.CreateClient();
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var statistics = grains.GetGrain<IEventStatisticsGrain>(DemoEvents.CrossBorderId);
        var medway = grains.GetGrain<Ise.Clusters.IClusterGrain>("mechatronics");
        await Eventually.TrueAsync(async () => (await statistics.GetAsync()).NoShows > 0 && (await medway.GetAsync()).FeedItems > 0 && await ExistsAsync(grains, DemoEvents.DraftId),
            TimeSpan.FromSeconds(30), "the demo data is seeded");

        var smes = await Task.WhenAll(DemoSmes.All.Select(f => grains.GetGrain<ISmeGrain>(DemoSmes.IdOf(f)).GetAsync()));
        Assert.All(smes, s => Assert.StartsWith("[Demo] ", s.Profile.Name, StringComparison.Ordinal));
        Assert.Equal(ProgrammeCatalog.Regions.Select(r => r.Region).Order(), smes.Select(s => s.Profile.Region).Distinct().Order());

        var events = await Task.WhenAll(DemoEvents.Relative(DateOnly.FromDateTime(DateTime.UtcNow)).Select(e => grains.GetGrain<IEventGrain>(e.Id).GetAsync()));
        Assert.All(events, e => Assert.StartsWith("[Demo] ", e.Definition.Title, StringComparison.Ordinal));
        Assert.Equal(4, events.Select(e => e.Definition.Kind).Distinct().Count());
        Assert.Equal(Enum.GetValues<EventStatus>().Order(), events.Select(e => e.Status).Distinct().Order());
    }

    private static async Task<bool> ExistsAsync(IGrainFactory grains, string eventId)
    {
        try
        {
            await grains.GetGrain<IEventGrain>(eventId).GetAsync();
            return true;
        }
        catch (Ise.Errors.IseException)
        {
            return false;
        }
    }
}
