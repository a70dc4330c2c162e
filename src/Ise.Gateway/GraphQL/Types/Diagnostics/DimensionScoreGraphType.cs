using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DimensionScoreGraphType : ObjectGraphType<Localized<DimensionScore>>
{
    public DimensionScoreGraphType()
    {
        Name = "DimensionScore";
        Description = "Weighted points earned out of the points possible, and that share as a percentage (one decimal).";
        Field<NonNullGraphType<IdGraphType>>("axisId").Resolve(c => c.Source.Item.AxisId);
        Field<NonNullGraphType<IdGraphType>>("dimensionId").Resolve(c => c.Source.Item.DimensionId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name(c.Source.Item.DimensionId));
        Field<NonNullGraphType<IntGraphType>>("points").Resolve(c => c.Source.Item.Points);
        Field<NonNullGraphType<IntGraphType>>("maxPoints").Resolve(c => c.Source.Item.MaxPoints);
        Field<NonNullGraphType<DecimalGraphType>>("percent").Resolve(c => c.Source.Item.Percent);
    }
}
