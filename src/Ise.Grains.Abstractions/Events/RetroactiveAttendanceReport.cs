namespace Ise.Events;

/// <summary>What a retroactive attendance list changed: codes recorded, already attended, refused with why.</summary>
[GenerateSerializer, Immutable, Alias("ise.retroactive-report")]
public sealed record RetroactiveAttendanceReport(
    [property: Id(0)] IReadOnlyList<string> Recorded,
    [property: Id(1)] IReadOnlyList<string> AlreadyAttended,
    [property: Id(2)] IReadOnlyList<RefusedCode> Refused);
