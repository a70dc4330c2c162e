using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Kind of programme activity.</summary>
public sealed class ActivityKindEnumGraphType : EnumerationGraphType<Ise.Programme.ActivityKind>;
