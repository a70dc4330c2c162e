using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticQuestionGraphType : ObjectGraphType<Localized<DiagnosticQuestion>>
{
    public DiagnosticQuestionGraphType()
    {
        Name = "DiagnosticQuestion";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Item.Text.In(c.Source.Language));
        Field<NonNullGraphType<IntGraphType>>("weight").Description("Multiplies the value chosen on the scale.").Resolve(c => c.Source.Item.Weight);
    }
}
