using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Programme region.</summary>
public sealed class RegionEnumGraphType : EnumerationGraphType<Ise.Programme.Region>;
