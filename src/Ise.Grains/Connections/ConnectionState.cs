using Ise.Effects;

namespace Ise.Connections;

[GenerateSerializer, Alias("ise.connection-state")]
public sealed class ConnectionState
{
    [Id(0)]
    public ConnectionView? View { get; set; }

    [Id(1)]
    public OutboxState Outbox { get; set; } = new();
}
