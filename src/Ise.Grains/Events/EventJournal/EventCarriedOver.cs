using Ise.Effects;
using Ise.Indexes;
using Ise.Journal;

namespace Ise.Events;

/// <summary>
/// The first event of an event stored whole before the journal: its definition, status and seat accounting. The
/// effects its outbox had not seen confirmed are sent again under their original sender and sequence (a receiver
/// that had applied one drops it). Its list changes from now on are versioned after every sequence its outbox used
/// (<see cref="VersionBase"/>); the lists stored index buckets could not hold (by host partner, which came after them)
/// are <see cref="ListsJoined"/>, joined by this event.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.event.carried-over")]
public sealed record EventCarriedOver(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string EventKey,
    [property: Id(3)] CreateEvent? Definition,
    [property: Id(4)] EventStatus Status,
    [property: Id(5)] DateTimeOffset StartsAt,
    [property: Id(6)] DateTimeOffset EndsAt,
    [property: Id(7)] int BucketCount,
    [property: Id(8)] int SeatsTaken,
    [property: Id(9)] IReadOnlyList<string> WaitingList,
    [property: Id(10)] int WaitingListLimit,
    [property: Id(11)] IReadOnlyList<int> UsedBuckets,
    [property: Id(12)] long VersionBase,
    [property: Id(13)] IReadOnlyList<OutboxEntry> Undelivered,
    [property: Id(14)] IReadOnlyList<string> ListsJoined) : IEventChange, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        IndexListChanges.Effects(EventKey, ListsJoined, [], VersionBase + version)
            .Concat(Undelivered.Select(e => new AddressedEffect(e.Target, e.TargetKey, e.Effect, new EffectOrigin(EventKey, e.Sequence))));
}
