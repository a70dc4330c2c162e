using GraphQL;
using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticDimensionGraphType : ObjectGraphType<Localized<DiagnosticDimension>>
{
    public DiagnosticDimensionGraphType()
    {
        Name = "DiagnosticDimension";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Item.Name.In(c.Source.Language));
        Field<NonNullGraphType<IntGraphType>>("weight").Description("Its weight in the axis's mean.").Resolve(c => c.Source.Item.Weight);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticQuestionGraphType>>>>("questions").WithComplexityImpact(1, 3).Resolve(c => c.Source.WithEach(c.Source.Item.Questions));
    }
}
