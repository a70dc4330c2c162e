using System.Text.Json;
using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Events;

/// <summary>Moves an attendance bucket stored whole (state name "attendance") into its journal stream as <see cref="AttendanceBucketMigrated"/>.</summary>
internal sealed class AttendanceBucketLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options) : ILegacyStateConverter
{
    private readonly JsonSerializerOptions _json = options.Value.JsonSerializerOptions;

    public string StateName => "attendance";

    public string GrainType => "attendancebucket";

    public JournalAppend Convert(string key, ReadOnlyMemory<byte> state, DateTimeOffset now)
    {
        var legacy = JsonSerializer.Deserialize<LegacyAttendanceBucketState>(state.Span, _json)
            ?? throw new JournalFormatException($"The stored attendance bucket {key} is empty.");
        var stream = AttendanceBucketGrain.Stream(key);
        var migrated = new AttendanceBucketMigrated(
            LegacyStateMigration.EventIdOf(stream), now, legacy.Event, legacy.Registrations, legacy.IdempotencyKeys, legacy.AttendanceEntries,
            key, legacy.Outbox.Pending);
        var codec = new JournalCodec<AttendanceBucketState, IAttendanceBucketEvent>(_json);
        return new JournalAppend(stream, [codec.Row(stream, 1, migrated)], null, [.. migrated.Effects(1)]);
    }
}
