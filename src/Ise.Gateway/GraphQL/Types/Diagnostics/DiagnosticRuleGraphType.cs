using GraphQL;
using GraphQL.Types;
using Ise.Diagnostics;
using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticRuleGraphType : ObjectGraphType<Localized<RecommendationRule>>
{
    public DiagnosticRuleGraphType()
    {
        Name = "DiagnosticRule";
        Description = "When every condition holds, the activity is recommended.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<ActivityKindEnumGraphType>>("activity").Resolve(c => ProgrammeCatalog.ActivityKinds.First(k => k.Slug == c.Source.Item.Activity).Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Item.Text.In(c.Source.Language));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticRuleConditionGraphType>>>>("conditions").WithComplexityImpact(1, 2).Resolve(c => c.Source.WithEach(c.Source.Item.When));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("guideSectionIds").Resolve(c => c.Source.Item.Guide);
    }
}
