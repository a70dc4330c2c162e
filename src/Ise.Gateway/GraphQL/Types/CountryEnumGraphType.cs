using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Programme country (ISO code).</summary>
public sealed class CountryEnumGraphType : EnumerationGraphType<Ise.Programme.Country>;
