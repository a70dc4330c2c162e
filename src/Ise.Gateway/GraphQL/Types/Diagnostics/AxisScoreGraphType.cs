using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class AxisScoreGraphType : ObjectGraphType<Localized<AxisScore>>
{
    public AxisScoreGraphType()
    {
        Name = "AxisScore";
        Description = "An axis's percentage (dimension-weighted mean, one decimal) and its band.";
        Field<NonNullGraphType<IdGraphType>>("axisId").Resolve(c => c.Source.Item.AxisId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name(c.Source.Item.AxisId));
        Field<NonNullGraphType<DecimalGraphType>>("percent").Resolve(c => c.Source.Item.Percent);
        Field<NonNullGraphType<DiagnosticBandGraphType>>("band").Resolve(c => c.Source.With(c.Source.Questionnaire.Bands.Single(b => b.Id == c.Source.Item.BandId)));
    }
}
