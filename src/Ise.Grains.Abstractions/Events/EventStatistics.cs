using Ise.Programme;

namespace Ise.Events;

/// <summary>
/// Live statistics of one event, kept up to date as registrations change (never recomputed by
/// scanning). <see cref="Sequence"/> increases with every change, so a watcher can spot a gap.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.event-statistics")]
public sealed record EventStatistics(
    [property: Id(0)] string EventId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] int Registered,
    [property: Id(3)] int WaitListed,
    [property: Id(4)] int CheckedIn,
    [property: Id(5)] int WalkIns,
    [property: Id(6)] int NoShows,
    [property: Id(7)] int Cancelled,
    [property: Id(8)] IReadOnlyDictionary<Country, int> CheckedInByCountry,
    [property: Id(9)] IReadOnlyDictionary<Region, int> CheckedInByRegion,
    [property: Id(10)] IReadOnlyDictionary<Sector, int> CheckedInBySector,
    [property: Id(11)] IReadOnlyList<Arrival> RecentArrivals,
    [property: Id(12)] int FeedbackCount,
    [property: Id(13)] double? AverageRating,
    [property: Id(14)] Ise.Connections.ConnectionTally Connections)
{
    /// <summary>Seats expected to be filled: registered (not yet in) plus checked in.</summary>
    public int Expected => Registered + CheckedIn;
}
