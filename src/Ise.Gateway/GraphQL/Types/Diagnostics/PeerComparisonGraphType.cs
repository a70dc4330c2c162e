using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class PeerComparisonGraphType : ObjectGraphType<Localized<PeerComparison>>
{
    public PeerComparisonGraphType()
    {
        Name = "PeerComparison";
        Description = "The SME's scores against the medians of one peer group (kept up to date as assessments are recorded).";
        Field<NonNullGraphType<PeerGroupKindEnumGraphType>>("kind").Resolve(c => c.Source.Item.Kind);
        Field<NonNullGraphType<StringGraphType>>("group").Description("The sector or region slug.").Resolve(c => c.Source.Item.Group);
        Field<NonNullGraphType<IntGraphType>>("assessedSmes").Resolve(c => c.Source.Item.Medians.AssessedSmes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerScoreGraphType>>>>("scores")
            .Description("Every axis and dimension: the SME's score, the group's median and the difference.")
            .Resolve(c => c.Source.WithEach(Ise.Diagnostics.DiagnosticPercentages.Of(c.Source.Item.Latest)
                .Select(p => new PeerScore(p.Id, p.Percent, c.Source.Item.Medians.Medians.TryGetValue(p.Id, out var median) ? median : null))));
    }
}
