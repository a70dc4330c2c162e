using Ise.Effects;

namespace Ise.Events;

/// <summary>An attendance bucket as it was stored whole before the journal (read once, by the migration).</summary>
internal sealed class LegacyAttendanceBucketState
{
    public BucketEvent? Event { get; set; }

    public Dictionary<string, Registration> Registrations { get; set; } = [];

    public Dictionary<string, string> IdempotencyKeys { get; set; } = [];

    public Dictionary<string, string> AttendanceEntries { get; set; } = [];

    public OutboxState Outbox { get; set; } = new();
}
