using Ise.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Connections;

/// <summary>Moves a connection stored whole (state name "connection") into its journal stream as <see cref="ConnectionCarriedOver"/>.</summary>
internal sealed class ConnectionLegacyConverter(IOptions<SystemTextJsonGrainStorageSerializerOptions> options)
    : LegacyStateConverter<LegacyConnectionState, ConnectionJournalState, IConnectionEvent>(options)
{
    public override string StateName => "connection";

    public override string GrainType => "connection";

    protected override string StreamOf(string key) => ConnectionGrain.Stream(key);

    protected override IConnectionEvent FirstEvent(string key, LegacyConnectionState legacy, Guid eventId, DateTimeOffset now) =>
        new ConnectionCarriedOver(eventId, now, key, legacy.View, legacy.Outbox.Pending);
}
