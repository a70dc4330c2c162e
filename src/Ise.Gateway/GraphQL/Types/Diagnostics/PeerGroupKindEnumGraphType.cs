using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>What a peer group shares: the sector or the region.</summary>
public sealed class PeerGroupKindEnumGraphType : EnumerationGraphType<Ise.Diagnostics.PeerGroupKind>;
