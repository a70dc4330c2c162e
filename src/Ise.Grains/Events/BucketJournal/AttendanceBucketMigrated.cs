using Ise.Effects;
using Ise.Journal;

namespace Ise.Events;

/// <summary>
/// The first event of a bucket whose state was stored whole before the journal: that state, and
/// the effects its outbox had not yet seen confirmed, sent again under their original sender and
/// sequence (a receiver that had applied one drops it).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.migrated")]
public sealed record AttendanceBucketMigrated(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent? Event,
    [property: Id(3)] IReadOnlyDictionary<string, Registration> Registrations,
    [property: Id(4)] IReadOnlyDictionary<string, string> IdempotencyKeys,
    [property: Id(5)] IReadOnlyDictionary<string, string> AttendanceEntries,
    [property: Id(6)] string LegacySource,
    [property: Id(7)] IReadOnlyList<OutboxEntry> Undelivered) : IAttendanceBucketEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        Undelivered.Select(e => new AddressedEffect(e.Target, e.TargetKey, e.Effect, new EffectOrigin(LegacySource, e.Sequence)));
}
