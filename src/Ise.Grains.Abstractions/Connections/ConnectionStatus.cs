namespace Ise.Connections;

[GenerateSerializer]
public enum ConnectionStatus
{
    /// <summary>A meeting was requested at the event.</summary>
    Requested = 0,

    /// <summary>The two SMEs met: the connection is made and counted.</summary>
    Met = 1,
}
