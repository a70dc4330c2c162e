namespace Ise.Gateway.GraphQL.Types;

public sealed class CountBySectorGraphType() : CountByGraphType<Ise.Programme.Sector, SectorEnumGraphType>("CountBySector");
