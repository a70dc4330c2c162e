using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class StageGraphType : ObjectGraphType<StageExplanation>
{
    public StageGraphType()
    {
        Name = "Stage";
        Description = "The SME's stage and the journey entries that put it there.";
        Field(s => s.Stage, type: typeof(NonNullGraphType<SmeStageEnumGraphType>));
        Field(s => s.EntryIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
    }
}
