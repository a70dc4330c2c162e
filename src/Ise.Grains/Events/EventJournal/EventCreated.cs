using Ise.Indexes;
using Ise.Journal;

namespace Ise.Events;

/// <summary>The event was created (as a draft) with this definition, its times in UTC and its attendance buckets; it joins its lists.</summary>
[GenerateSerializer, Immutable, Alias("ise.event.created")]
public sealed record EventCreated(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] CreateEvent Definition,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] DateTimeOffset EndsAt,
    [property: Id(5)] int BucketCount,
    [property: Id(6)] IndexListChanges Lists) : IEventChange, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) => Lists.Effects(version);
}
