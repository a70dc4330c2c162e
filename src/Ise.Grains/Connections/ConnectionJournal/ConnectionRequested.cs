namespace Ise.Connections;

/// <summary>Two SMEs asked to be introduced at an event.</summary>
[GenerateSerializer, Immutable, Alias("ise.connection.requested")]
public sealed record ConnectionRequested(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ConnectionView View) : IConnectionEvent;
