using Ise.Programme;

namespace Ise.Events;

/// <summary>
/// Who registers: an SME (with the dimensions statistics are broken down by, copied from its
/// profile when it registers) and optionally one of its contacts, by id.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.attendee")]
public sealed record Attendee(
    [property: Id(0)] string SmeId,
    [property: Id(1)] Country Country,
    [property: Id(2)] Region Region,
    [property: Id(3)] Sector Sector,
    [property: Id(4)] string? ContactId);
