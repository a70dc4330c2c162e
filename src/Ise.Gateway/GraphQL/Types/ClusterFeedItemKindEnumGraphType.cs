using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>What a feed item reports.</summary>
public sealed class ClusterFeedItemKindEnumGraphType : EnumerationGraphType<Ise.Clusters.ClusterFeedItemKind>;
