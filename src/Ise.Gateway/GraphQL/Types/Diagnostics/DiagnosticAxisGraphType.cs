using GraphQL;
using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticAxisGraphType : ObjectGraphType<Localized<DiagnosticAxis>>
{
    public DiagnosticAxisGraphType()
    {
        Name = "DiagnosticAxis";
        Description = "Innovation or internationalisation: the dimension-weighted mean of its dimensions.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Item.Name.In(c.Source.Language));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticDimensionGraphType>>>>("dimensions").WithComplexityImpact(1, 5).Resolve(c => c.Source.WithEach(c.Source.Item.Dimensions));
    }
}
