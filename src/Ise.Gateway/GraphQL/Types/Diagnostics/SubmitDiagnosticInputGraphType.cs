using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class SubmitDiagnosticInputGraphType : InputObjectGraphType<SubmitDiagnosticInput>
{
    public SubmitDiagnosticInputGraphType()
    {
        Name = "SubmitDiagnosticInput";
        Field(i => i.Version).Description("The questionnaire version answered.");
        Field(i => i.Language, type: typeof(NonNullGraphType<LanguageEnumGraphType>)).Description("The assessor's language: recommendations come in it.");
        Field(i => i.PartnerId, type: typeof(IdGraphType)).Description("The partner who ran the assessment; partner staff may leave it out (their own).");
        Field(i => i.Answers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticAnswerInputGraphType>>>)).Description("One answer per question.");
    }
}
