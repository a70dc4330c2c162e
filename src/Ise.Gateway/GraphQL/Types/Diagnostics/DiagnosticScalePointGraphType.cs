using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticScalePointGraphType : ObjectGraphType<Localized<ScalePoint>>
{
    public DiagnosticScalePointGraphType()
    {
        Name = "DiagnosticScalePoint";
        Field<NonNullGraphType<IntGraphType>>("value").Resolve(c => c.Source.Item.Value);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Item.Label.In(c.Source.Language));
    }
}
