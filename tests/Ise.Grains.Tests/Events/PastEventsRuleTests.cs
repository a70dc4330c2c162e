using Ise.Effects;
using Ise.Events;
using Ise.Indexes;
using Ise.Programme;

namespace Ise.Grains.Tests.Events;

/// <summary>When an event is past: its last local day against the region's today, in the region's time zone.</summary>
public sealed class PastEventsRuleTests
{
    private static CreateEvent EndingAt(Region region, DateTime endsAtLocal) => new(
        "Evening taster", ActivityKind.TasterSession, "kent-county-council", region, [Sector.FoodAndDrink], endsAtLocal.AddHours(-2), endsAtLocal, "Canterbury", 10, null);

    [Theory]
    [InlineData(Region.Kent, "2026-12-07T23:30:00", "2026-12-07T23:59:00Z", false)] // 23:59 in London: still the 7th
    [InlineData(Region.Kent, "2026-12-07T23:30:00", "2026-12-08T00:01:00Z", true)]
    [InlineData(Region.EastFlanders, "2026-12-07T23:30:00", "2026-12-07T23:01:00Z", true)] // 00:01 on the 8th in Brussels
    [InlineData(Region.EastFlanders, "2026-12-07T23:30:00", "2026-12-07T22:59:00Z", false)]
    [InlineData(Region.HautsDeFrance, "2026-07-01T10:00:00", "2026-07-01T21:59:00Z", false)] // summer time: 23:59 in Paris
    [InlineData(Region.HautsDeFrance, "2026-07-01T10:00:00", "2026-07-01T22:00:00Z", true)]
    public void An_event_is_past_once_its_last_local_day_is_before_the_regions_today(Region region, string endsAtLocal, string now, bool past) =>
        Assert.Equal(past, PastEvents.IsPast(EndingAt(region, DateTime.Parse(endsAtLocal, System.Globalization.CultureInfo.InvariantCulture)),
            DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(EventStatus.Live, 2)]
    [InlineData(EventStatus.Open, 0)]
    [InlineData(EventStatus.Draft, 0)]
    public void A_closed_event_is_reported_in_its_clusters_feeds_only_when_it_was_run_live_and_is_counted_held_either_way(EventStatus from, int feedItems)
    {
        var definition = EndingAt(Region.Kent, new DateTime(2019, 5, 21, 20, 30, 0)) with { Sectors = [Sector.FoodAndDrink, Sector.Mechatronics] };
        var closed = new EventStatusChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, "ev-pastrule01", definition, from, EventStatus.Closed, 0,
            IndexListChanges.Between("ev-pastrule01", [], [], 0));

        var effects = closed.Effects(1).ToList();

        Assert.Equal(feedItems, effects.Count(e => e.Target == EffectTarget.Cluster));
        Assert.Contains(effects, e => e.Target == EffectTarget.IndicatorBucket);
    }
}
