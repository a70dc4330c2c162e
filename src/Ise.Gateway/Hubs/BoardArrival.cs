namespace Ise.Gateway.Hubs;

/// <summary>
/// A line of the arrivals feed: who (the SME's name, rendered as text), when (local time of the
/// event's region) and what (<c>CheckedIn</c>, <c>WalkedIn</c> or <c>Undone</c>), with the statistics'
/// sequence at which it was counted.
/// </summary>
public sealed record BoardArrival(long Sequence, string Kind, string Code, string SmeId, string Name, string? Country, string LocalTime, DateTimeOffset At);
