using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class PeerScoreGraphType : ObjectGraphType<Localized<PeerScore>>
{
    public PeerScoreGraphType()
    {
        Name = "PeerScore";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name(c.Source.Item.Id));
        Field<NonNullGraphType<DecimalGraphType>>("own").Resolve(c => c.Source.Item.Own);
        Field<DecimalGraphType>("median").Resolve(c => c.Source.Item.Median);
        Field<DecimalGraphType>("difference").Description("Own minus median, in percentage points.").Resolve(c => c.Source.Item.Own - c.Source.Item.Median);
    }
}
