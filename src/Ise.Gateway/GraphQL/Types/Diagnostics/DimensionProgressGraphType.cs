using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DimensionProgressGraphType : ObjectGraphType<Localized<DimensionProgress>>
{
    public DimensionProgressGraphType()
    {
        Name = "DimensionProgress";
        Description = "An axis or dimension now and at the previous assessment; change in percentage points.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name(c.Source.Item.Id));
        Field<NonNullGraphType<DecimalGraphType>>("previousPercent").Resolve(c => c.Source.Item.PreviousPercent);
        Field<NonNullGraphType<DecimalGraphType>>("percent").Resolve(c => c.Source.Item.Percent);
        Field<NonNullGraphType<DecimalGraphType>>("change").Resolve(c => c.Source.Item.Change);
    }
}
