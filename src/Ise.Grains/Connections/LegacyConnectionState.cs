using Ise.Effects;

namespace Ise.Connections;

/// <summary>A connection as it was stored whole before the journal (state name "connection"), with its outbox. Read once, by <see cref="ConnectionLegacyConverter"/>.</summary>
[GenerateSerializer, Alias("ise.connection-state")]
public sealed class LegacyConnectionState
{
    [Id(0)]
    public ConnectionView? View { get; set; }

    [Id(1)]
    public OutboxState Outbox { get; set; } = new();
}
