namespace Ise.Events;

/// <summary>One registration for an event, as the bucket that owns it records it.</summary>
[GenerateSerializer, Immutable, Alias("ise.registration")]
public sealed record Registration(
    [property: Id(0)] string Code,
    [property: Id(1)] string EventId,
    [property: Id(2)] Attendee Attendee,
    [property: Id(3)] AttendanceStatus Status,
    [property: Id(4)] DateTimeOffset RegisteredAt,
    [property: Id(5)] DateTimeOffset? CheckedInAt,
    [property: Id(6)] bool WalkIn,
    [property: Id(7)] bool Retroactive,
    [property: Id(8)] Feedback? Feedback,
    [property: Id(9)] string? CheckInScanId = null,
    [property: Id(10)] string? UndoneScanId = null);
