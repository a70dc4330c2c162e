using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticAssessmentGraphType : ObjectGraphType<Localized<DiagnosticAssessment>>
{
    public DiagnosticAssessmentGraphType()
    {
        Name = "DiagnosticAssessment";
        Description = "A recorded assessment, scored by the questionnaire version it answered.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<IntGraphType>>("questionnaireVersion").Resolve(c => c.Source.Item.Version);
        Field<NonNullGraphType<LanguageEnumGraphType>>("assessorLanguage").Resolve(c => c.Source.Item.Language);
        Field<NonNullGraphType<IdGraphType>>("partnerId").Description("The partner who ran it.").Resolve(c => c.Source.Item.PartnerId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("assessedAt").Resolve(c => c.Source.Item.AssessedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AxisScoreGraphType>>>>("axes").Resolve(c => c.Source.WithEach(c.Source.Item.Axes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionScoreGraphType>>>>("dimensions").Resolve(c => c.Source.WithEach(c.Source.Item.Dimensions));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticAnswerGraphType>>>>("answers")
            .Description("The value chosen for each question; empty for a past assessment loaded from its dimension scores (history import).").Resolve(c => c.Source.Item.Answers);
    }
}
