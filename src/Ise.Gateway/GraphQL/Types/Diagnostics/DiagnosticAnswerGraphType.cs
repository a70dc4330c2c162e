using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticAnswerGraphType : ObjectGraphType<DiagnosticAnswer>
{
    public DiagnosticAnswerGraphType()
    {
        Name = "DiagnosticAnswer";
        Field(a => a.QuestionId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Value);
    }
}
