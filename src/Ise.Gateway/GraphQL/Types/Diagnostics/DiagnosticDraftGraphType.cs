using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticDraftGraphType : ObjectGraphType<DiagnosticDraft>
{
    public DiagnosticDraftGraphType()
    {
        Name = "DiagnosticDraft";
        Description = "An assessment in progress, kept for the assessor who saved it until they submit or discard it.";
        Field(d => d.Version).Description("The questionnaire version being answered.");
        Field(d => d.Language, type: typeof(NonNullGraphType<LanguageEnumGraphType>)).Description("The assessor's language.");
        Field(d => d.PartnerId, type: typeof(IdGraphType)).Description("The partner who runs the assessment; null until the secretariat names one.");
        Field(d => d.Answers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticAnswerGraphType>>>)).Description("The answers given so far.");
        Field(d => d.SavedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
    }
}
