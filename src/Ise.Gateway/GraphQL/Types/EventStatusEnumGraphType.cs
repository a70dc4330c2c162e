using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Life-cycle status of an event.</summary>
public sealed class EventStatusEnumGraphType : EnumerationGraphType<Ise.Events.EventStatus>;
