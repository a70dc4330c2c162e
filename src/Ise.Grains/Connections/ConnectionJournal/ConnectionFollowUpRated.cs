namespace Ise.Connections;

/// <summary>How the follow-up went, from 1 to 5.</summary>
[GenerateSerializer, Immutable, Alias("ise.connection.follow-up-rated")]
public sealed record ConnectionFollowUpRated(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int Rating) : IConnectionEvent;
