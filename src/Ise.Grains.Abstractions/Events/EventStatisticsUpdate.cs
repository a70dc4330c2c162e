namespace Ise.Events;

/// <summary>
/// A coalesced notification to watching gateways: the statistics now, and every door change after
/// <see cref="PreviousSequence"/> (the sequence of the previous notification). A watcher whose last
/// known sequence is below <see cref="PreviousSequence"/> missed something and takes a fresh snapshot.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.event-statistics-update")]
public sealed record EventStatisticsUpdate(
    [property: Id(0)] long PreviousSequence,
    [property: Id(1)] EventStatistics Statistics,
    [property: Id(2)] IReadOnlyList<ArrivalChange> Changes);
