using Ise.Indexes;
using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Events;

/// <summary>
/// Moves an event stored whole (state name "event") into its journal stream as <see cref="EventCarriedOver"/>. Stored
/// index buckets had no list by host partner: the event joins it in the carried-over event itself.
/// </summary>
internal sealed class EventLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<LegacyEventState, EventJournalState, IEventChange>(options)
{
    public override string StateName => "event";

    public override string GrainType => "event";

    protected override string StreamOf(string key) => EventGrain.Stream(key);

    protected override IEventChange FirstEvent(string key, LegacyEventState legacy, Guid eventId, DateTimeOffset now)
    {
        var joined = legacy.Definition is { } definition ? IndexChanges.BucketsOf(key, [EventIndexes.HostPartner(definition)]) : new HashSet<string>();
        return new EventCarriedOver(eventId, now, key, legacy.Definition, legacy.Status, legacy.StartsAt, legacy.EndsAt, legacy.BucketCount,
            legacy.SeatsTaken, legacy.WaitingList, legacy.WaitingListLimit, [.. legacy.UsedBuckets], legacy.Outbox.NextSequence, legacy.Outbox.Pending,
            [.. joined.Order(StringComparer.Ordinal)]);
    }
}
