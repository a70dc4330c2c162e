using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Where a connection stands.</summary>
public sealed class ConnectionStatusEnumGraphType : EnumerationGraphType<Ise.Connections.ConnectionStatus>;
