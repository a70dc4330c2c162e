using Ise.Effects;

namespace Ise.Events;

/// <summary>Up to ~256 registrations of one event, their idempotency keys, and the bucket's outbox.</summary>
[GenerateSerializer, Alias("ise.attendance-bucket-state")]
public sealed class AttendanceBucketState
{
    [Id(0)]
    public BucketEvent? Event { get; set; }

    [Id(1)]
    public Dictionary<string, Registration> Registrations { get; set; } = new(StringComparer.Ordinal);

    [Id(2)]
    public Dictionary<string, string> IdempotencyKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>For each checked-in code, the journey entry that recorded the attendance (an undo names it).</summary>
    [Id(3)]
    public Dictionary<string, string> AttendanceEntries { get; set; } = new(StringComparer.Ordinal);

    [Id(4)]
    public OutboxState Outbox { get; set; } = new();

    /// <summary>A copy for the storage provider to serialize while the grain goes on changing the original.</summary>
    public AttendanceBucketState Snapshot() => new()
    {
        Event = Event,
        Registrations = new(Registrations, StringComparer.Ordinal),
        IdempotencyKeys = new(IdempotencyKeys, StringComparer.Ordinal),
        AttendanceEntries = new(AttendanceEntries, StringComparer.Ordinal),
        Outbox = new OutboxState { NextSequence = Outbox.NextSequence, Pending = [.. Outbox.Pending] },
    };
}
