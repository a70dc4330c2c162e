using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Where a registration stands.</summary>
public sealed class AttendanceStatusEnumGraphType : EnumerationGraphType<Ise.Events.AttendanceStatus>;
