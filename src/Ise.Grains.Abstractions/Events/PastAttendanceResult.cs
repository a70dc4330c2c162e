namespace Ise.Events;

/// <summary>An attendance recorded after the event: the registration as it now stands, whether this call changed it, and what happened, to show as it is.</summary>
[GenerateSerializer, Immutable, Alias("ise.past-attendance-result")]
public sealed record PastAttendanceResult(
    [property: Id(0)] Registration Registration,
    [property: Id(1)] bool Changed,
    [property: Id(2)] string Message);
