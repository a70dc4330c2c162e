using Ise.Programme;

namespace Ise.Smes;

/// <summary>
/// One engagement on an SME's timeline: who delivered it, when it happened (UTC and local time of the
/// region it happened in), what it refers to, and when and by whom it was recorded (a backdated entry
/// is recorded long after it happened; entries stored before <see cref="RecordedAt"/> existed read null:
/// recorded when they happened). Refers to people only by contact id.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.journey-entry")]
public sealed record JourneyEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] JourneyEntryKind Kind,
    [property: Id(2)] DateTimeOffset OccurredAt,
    [property: Id(3)] DateTime LocalTime,
    [property: Id(4)] string PartnerId,
    [property: Id(5)] ActivityKind? Activity,
    [property: Id(6)] string? EventId,
    [property: Id(7)] Country? CounterpartCountry,
    [property: Id(8)] string? Reference,
    [property: Id(9)] string? Note,
    [property: Id(10)] DateTimeOffset? RecordedAt = null,
    [property: Id(11)] string? RecordedBy = null);
