namespace Ise.Gateway.GraphQL.Types;

public sealed class CountByRegionGraphType() : CountByGraphType<Ise.Programme.Region, RegionEnumGraphType>("CountByRegion");
