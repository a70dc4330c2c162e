namespace Ise.Connections;

/// <summary>What came of the meeting, in the words of whoever recorded it.</summary>
[GenerateSerializer, Immutable, Alias("ise.connection.outcome-recorded")]
public sealed record ConnectionOutcomeRecorded(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Outcome) : IConnectionEvent;
