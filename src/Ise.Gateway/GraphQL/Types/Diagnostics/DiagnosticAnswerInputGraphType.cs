using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticAnswerInputGraphType : InputObjectGraphType<DiagnosticAnswerInput>
{
    public DiagnosticAnswerInputGraphType()
    {
        Name = "DiagnosticAnswerInput";
        Field(a => a.QuestionId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Value).Description("A value of the questionnaire's scale.");
    }
}
