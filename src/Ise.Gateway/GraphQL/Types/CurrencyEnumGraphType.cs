using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Currency of a declared amount.</summary>
public sealed class CurrencyEnumGraphType : EnumerationGraphType<Ise.Smes.Currency>;
