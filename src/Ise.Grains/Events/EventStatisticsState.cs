using Ise.Effects;
using Ise.Programme;

namespace Ise.Events;

/// <summary>Counters by status and by a fixed set of dimensions, and the last arrivals: bounded whatever the event's size.</summary>
[GenerateSerializer, Alias("ise.event-statistics-state")]
public sealed class EventStatisticsState
{
    public const int RecentArrivalsKept = 20;

    [Id(0)]
    public long Sequence { get; set; }

    [Id(1)]
    public Dictionary<AttendanceStatus, int> ByStatus { get; set; } = [];

    [Id(2)]
    public int WalkIns { get; set; }

    [Id(3)]
    public Dictionary<Country, int> CheckedInByCountry { get; set; } = [];

    [Id(4)]
    public Dictionary<Region, int> CheckedInByRegion { get; set; } = [];

    [Id(5)]
    public Dictionary<Sector, int> CheckedInBySector { get; set; } = [];

    [Id(6)]
    public List<Arrival> RecentArrivals { get; set; } = [];

    [Id(7)]
    public int FeedbackCount { get; set; }

    [Id(8)]
    public long RatingSum { get; set; }

    // Id 9 held a per-sender ledger before any data existed; the bucket ledger (Id 12) replaced it.
    [Id(12)]
    public BucketInboxLedger Inbox { get; set; } = new();

    /// <summary>What was applied from each journal writer (a silo incarnation): as many entries as writers, whatever the number of attendees.</summary>
    [Id(13)]
    public InboxLedger JournalInbox { get; set; } = new();

    [Id(10)]
    public Ise.Connections.ConnectionTally Connections { get; set; } = Ise.Connections.ConnectionTally.None;

    /// <summary>Connections counted lately (connections are one-shot senders, kept out of the ledger).</summary>
    [Id(11)]
    public RecentKeys RecentConnections { get; set; } = new();
}
