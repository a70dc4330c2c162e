using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Role of a caller.</summary>
public sealed class RoleEnumGraphType : EnumerationGraphType<Ise.Security.IseRole>;
