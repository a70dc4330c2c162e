using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticBandGraphType : ObjectGraphType<Localized<ScoreBand>>
{
    public DiagnosticBandGraphType()
    {
        Name = "DiagnosticBand";
        Description = "A band of axis scores, from its start (inclusive) to the next band's.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Item.Name.In(c.Source.Language));
        Field<NonNullGraphType<DecimalGraphType>>("from").Resolve(c => c.Source.Item.From);
    }
}
