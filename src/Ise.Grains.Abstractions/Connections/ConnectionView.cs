namespace Ise.Connections;

/// <summary>A connection between two SMEs made at an event, its outcome and follow-up rating.</summary>
[GenerateSerializer, Immutable, Alias("ise.connection-view")]
public sealed record ConnectionView(
    [property: Id(0)] string Id,
    [property: Id(1)] RecordConnection Definition,
    [property: Id(2)] ConnectionStatus Status,
    [property: Id(3)] DateTimeOffset RequestedAt,
    [property: Id(4)] DateTimeOffset? MetAt,
    [property: Id(5)] string? Outcome,
    [property: Id(6)] int? FollowUpRating)
{
    public bool CrossBorder => Definition.Requester.Country != Definition.Counterpart.Country;
}
