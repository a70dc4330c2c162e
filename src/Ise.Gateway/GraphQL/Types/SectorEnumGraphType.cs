using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Target sector (one cluster each).</summary>
public sealed class SectorEnumGraphType : EnumerationGraphType<Ise.Programme.Sector>;
