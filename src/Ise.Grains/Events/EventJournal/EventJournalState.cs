namespace Ise.Events;

/// <summary>
/// An event as its journal builds it: definition, status and seat accounting. Registrations are not here
/// (they live in the attendance buckets); the waiting list holds codes only and is bounded by
/// <see cref="WaitingListLimit"/>. Changed only by <see cref="Apply"/>, which replay calls too.
/// </summary>
[GenerateSerializer, Alias("ise.event-journal-state")]
public sealed class EventJournalState
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

    /// <summary>Added to the version of an event to version its list changes: the sequences an outbox used before the journal come first.</summary>
    [Id(9)]
    public long VersionBase { get; set; }

    public void Apply(IEventChange change)
    {
        switch (change)
        {
            case EventCarriedOver carried:
                Definition = carried.Definition;
                Status = carried.Status;
                StartsAt = carried.StartsAt;
                EndsAt = carried.EndsAt;
                BucketCount = carried.BucketCount;
                SeatsTaken = carried.SeatsTaken;
                WaitingList = [.. carried.WaitingList];
                WaitingListLimit = carried.WaitingListLimit;
                UsedBuckets = [.. carried.UsedBuckets];
                VersionBase = carried.VersionBase;
                break;
            case EventCreated created:
                Definition = created.Definition;
                Status = EventStatus.Draft;
                StartsAt = created.StartsAt;
                EndsAt = created.EndsAt;
                BucketCount = created.BucketCount;
                WaitingListLimit = created.Definition.WaitingListLimit ?? created.Definition.Capacity;
                break;
            case EventStatusChanged moved:
                Status = moved.To;
                break;
            case EventSeatsChanged seats:
                SeatsTaken += seats.SeatsTaken;
                WaitingList.RemoveAll(seats.LeftWaitingList.Contains);
                WaitingList.AddRange(seats.WaitListed);
                UsedBuckets.UnionWith(seats.BucketsUsed);
                break;
            case EventSeatsReconciled reconciled:
                SeatsTaken = reconciled.SeatsTaken;
                WaitingList = [.. reconciled.WaitingList];
                break;
            default:
                throw new InvalidOperationException($"An event cannot apply {change.GetType().Name}.");
        }
    }
}
