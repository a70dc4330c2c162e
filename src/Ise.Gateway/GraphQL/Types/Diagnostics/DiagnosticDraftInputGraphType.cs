using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>A draft as the API takes it: the shape of a submission whose answers may be incomplete.</summary>
public sealed class DiagnosticDraftInputGraphType : InputObjectGraphType<SubmitDiagnosticInput>
{
    public DiagnosticDraftInputGraphType()
    {
        Name = "DiagnosticDraftInput";
        Field(i => i.Version).Description("The questionnaire version being answered.");
        Field(i => i.Language, type: typeof(NonNullGraphType<LanguageEnumGraphType>)).Description("The assessor's language.");
        Field(i => i.PartnerId, type: typeof(IdGraphType)).Description("The partner who runs the assessment; partner staff may leave it out (their own), the secretariat may name it later.");
        Field(i => i.Answers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticAnswerInputGraphType>>>)).Description("The answers given so far, at most one per question.");
    }
}
