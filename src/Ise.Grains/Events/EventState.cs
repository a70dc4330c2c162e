using Ise.Effects;

namespace Ise.Events;

/// <summary>
/// An event's definition, status and seat accounting. Registrations are not here (they live in the
/// buckets); the waiting list holds codes only and is bounded by <see cref="WaitingListLimit"/>.
/// </summary>
[GenerateSerializer, Alias("ise.event-state")]
public sealed class EventState
{
    [Id(0)]
    public CreateEvent? Definition { get; set; }

    [Id(1)]
    public EventStatus Status { get; set; }

    [Id(2)]
    public DateTimeOffset StartsAt { get; set; }

    [Id(3)]
    public DateTimeOffset EndsAt { get; set; }

    [Id(4)]
    public int BucketCount { get; set; }

    /// <summary>Seats taken: registered, checked in (walk-ins included) or no-show.</summary>
    [Id(5)]
    public int SeatsTaken { get; set; }

    /// <summary>Codes waiting for a seat, first come first served.</summary>
    [Id(6)]
    public List<string> WaitingList { get; set; } = [];

    [Id(7)]
    public int WaitingListLimit { get; set; }

    /// <summary>Buckets that hold at least one registration (so status changes reach them).</summary>
    [Id(8)]
    public SortedSet<int> UsedBuckets { get; set; } = [];

    [Id(9)]
    public OutboxState Outbox { get; set; } = new();
}
