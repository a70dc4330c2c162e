using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class DiagnosticRuleConditionGraphType : ObjectGraphType<Localized<RuleCondition>>
{
    public DiagnosticRuleConditionGraphType()
    {
        Name = "DiagnosticRuleCondition";
        Description = "An axis or dimension score below a threshold, or at least one.";
        Field<NonNullGraphType<IdGraphType>>("target").Description("An axis or dimension id.").Resolve(c => c.Source.Item.Target);
        Field<NonNullGraphType<StringGraphType>>("targetName").Resolve(c => c.Source.Name(c.Source.Item.Target));
        Field<DecimalGraphType>("below").Resolve(c => c.Source.Item.Below);
        Field<DecimalGraphType>("atLeast").Resolve(c => c.Source.Item.AtLeast);
    }
}
