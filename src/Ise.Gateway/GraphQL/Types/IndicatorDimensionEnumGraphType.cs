using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>What a figure is broken down by.</summary>
public sealed class IndicatorDimensionEnumGraphType : EnumerationGraphType<Ise.Indicators.IndicatorDimension>;
