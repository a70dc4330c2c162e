using Ise.Effects;

namespace Ise.Events;

/// <summary>
/// An event as it was stored whole before the journal (state name "event"): definition, status, seat
/// accounting and its outbox. Read once, by <see cref="EventLegacyConverter"/>.
/// </summary>
[GenerateSerializer, Alias("ise.event-state")]
public sealed class LegacyEventState
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
