using GraphQL;
using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>A version of the diagnostic questionnaire in one language, with every weight and rule shown.</summary>
public sealed class DiagnosticQuestionnaireGraphType : ObjectGraphType<Localized<Questionnaire>>
{
    public DiagnosticQuestionnaireGraphType()
    {
        Name = "DiagnosticQuestionnaire";
        Description = "The diagnostic questionnaire: answer every question on the scale. Scores are weighted points out of the points possible.";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Item.Version);
        Field<NonNullGraphType<LanguageEnumGraphType>>("language").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Item.Title.In(c.Source.Language));
        Field<NonNullGraphType<StringGraphType>>("introduction").Resolve(c => c.Source.Item.Introduction.In(c.Source.Language));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticScalePointGraphType>>>>("scale").WithComplexityImpact(1, 5).Resolve(c => c.Source.WithEach(c.Source.Item.Scale));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticBandGraphType>>>>("bands").WithComplexityImpact(1, 4).Resolve(c => c.Source.WithEach(c.Source.Item.Bands));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticAxisGraphType>>>>("axes").WithComplexityImpact(1, 2).Resolve(c => c.Source.WithEach(c.Source.Item.Axes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticRuleGraphType>>>>("rules").WithComplexityImpact(1, 12)
            .Description("The recommendation rules, in the order they are applied.").Resolve(c => c.Source.WithEach(c.Source.Item.Rules));
    }
}
