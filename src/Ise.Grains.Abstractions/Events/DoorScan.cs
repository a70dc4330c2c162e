namespace Ise.Events;

/// <summary>
/// One scan at the door, as the device that made it names it: its own id (chosen on the device, so a scan
/// queued offline and sent again is recognised as the same one) and when it was made (kept as the time of
/// the check-in, however late the device syncs).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.door-scan")]
public sealed record DoorScan(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset ScannedAt);
