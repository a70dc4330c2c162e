using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Events;

/// <summary>Moves an attendance bucket stored whole (state name "attendance") into its journal stream as <see cref="AttendanceBucketMigrated"/>.</summary>
internal sealed class AttendanceBucketLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<LegacyAttendanceBucketState, AttendanceBucketState, IAttendanceBucketEvent>(options)
{
    public override string StateName => "attendance";

    public override string GrainType => "attendancebucket";

    protected override string StreamOf(string key) => AttendanceBucketGrain.Stream(key);

    protected override IAttendanceBucketEvent FirstEvent(string key, LegacyAttendanceBucketState legacy, Guid eventId, DateTimeOffset now) =>
        new AttendanceBucketMigrated(eventId, now, legacy.Event, legacy.Registrations, legacy.IdempotencyKeys, legacy.AttendanceEntries, key, legacy.Outbox.Pending);
}
