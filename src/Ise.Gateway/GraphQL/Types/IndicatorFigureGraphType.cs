using GraphQL.Types;
using Ise.Indicators;

namespace Ise.Gateway.GraphQL.Types;

public sealed class IndicatorFigureGraphType : ObjectGraphType<IndicatorFigure>
{
    public IndicatorFigureGraphType()
    {
        Name = "IndicatorFigure";
        Field<NonNullGraphType<IndicatorEnumGraphType>>("indicator").Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<IndicatorDimensionEnumGraphType>>("dimension").Resolve(c => c.Source.Dimension);
        Field(f => f.Cell).Description("total, or dimension:value such as partner:aditec.");
        Field(f => f.Value).Description("The value of the cell (empty for the total).");
        Field(f => f.Count).Description("What first qualified in the period.");
        Field(f => f.Adjustment).Description("Corrections of frozen periods booked in this period.");
        Field(f => f.Net);
    }
}
