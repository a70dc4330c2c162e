using Ise.Effects;
using Ise.Events;
using Ise.Programme;

namespace Ise.Indicators;

/// <summary>
/// An event held counts once, on the local date it started, by its kind, host partner, region and
/// sectors (sent when it closes; the counter buckets drop a repeat by the event's outbox sequence).
/// </summary>
public static class EventIndicators
{
    public static IReadOnlyList<(string BucketKey, IndicatorCreditsEffect Effect)> Held(string eventId, CreateEvent definition, DateTimeOffset closedAt)
    {
        var cells = new List<string>
        {
            IndicatorCells.Total,
            IndicatorCells.Region(definition.Region),
            IndicatorCells.Partner(definition.HostPartnerId),
            IndicatorCells.Activity(definition.Kind),
        };
        cells.AddRange(definition.Sectors.Distinct().Select(IndicatorCells.Sector));
        var credit = new IndicatorCredit(Indicator.EventsHeld, $"{IndicatorCells.Slug(Indicator.EventsHeld)}#{eventId}",
            DateOnly.FromDateTime(definition.StartsAtLocal), cells, definition.HostPartnerId, definition.Kind, eventId, eventId);
        var bookedOn = DateOnly.FromDateTime(ProgrammeTime.ToLocal(closedAt, definition.Region));
        return IndicatorLedger.Route(eventId, definition.Title, bookedOn, [new IndicatorChange(credit, +1)]);
    }
}
