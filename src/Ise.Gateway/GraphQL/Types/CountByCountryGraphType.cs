namespace Ise.Gateway.GraphQL.Types;

public sealed class CountByCountryGraphType() : CountByGraphType<Ise.Programme.Country, CountryEnumGraphType>("CountByCountry");
