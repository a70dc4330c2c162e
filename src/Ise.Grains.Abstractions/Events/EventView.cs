using Ise.Programme;

namespace Ise.Events;

/// <summary>What a reader sees of an event.</summary>
[GenerateSerializer, Immutable, Alias("ise.event-view")]
public sealed record EventView(
    [property: Id(0)] string Id,
    [property: Id(1)] CreateEvent Definition,
    [property: Id(2)] EventStatus Status,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] DateTimeOffset EndsAt,
    [property: Id(5)] int Confirmed,
    [property: Id(6)] int WaitListed,
    [property: Id(7)] int BucketCount)
{
    public int SeatsLeft => Math.Max(0, Definition.Capacity - Confirmed);

    public RegionInfo Region => ProgrammeCatalog.Describe(Definition.Region);
}
