using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>The programme indicators.</summary>
public sealed class IndicatorEnumGraphType : EnumerationGraphType<Ise.Indicators.Indicator>;
