using Ise.Connections;
using Ise.Programme;

namespace Ise.Clusters;

/// <summary>A sector cluster: member counts (total, by country and region), its feed size and connections.</summary>
[GenerateSerializer, Immutable, Alias("ise.cluster-view")]
public sealed record ClusterView(
    [property: Id(0)] Sector Sector,
    [property: Id(1)] long Sequence,
    [property: Id(2)] int Members,
    [property: Id(3)] IReadOnlyDictionary<Country, int> MembersByCountry,
    [property: Id(4)] IReadOnlyDictionary<Region, int> MembersByRegion,
    [property: Id(5)] long FeedItems,
    [property: Id(6)] ConnectionTally Connections);
