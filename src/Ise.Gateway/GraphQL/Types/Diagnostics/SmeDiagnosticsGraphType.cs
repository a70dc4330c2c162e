using GraphQL;
using GraphQL.Types;
using Ise.Diagnostics;
using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>An SME's diagnostic results: scores, bands, weakest dimensions, recommendations, progress and peers.</summary>
public sealed class SmeDiagnosticsGraphType : ObjectGraphType<Localized<DiagnosticsOfSme>>
{
    public SmeDiagnosticsGraphType()
    {
        Name = "SmeDiagnostics";
        Field<NonNullGraphType<IntGraphType>>("assessmentCount").Resolve(c => c.Source.Item.Results.AssessmentCount);
        Field<NonNullGraphType<LanguageEnumGraphType>>("language").Description("The language of names and recommendations.").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<DiagnosticAssessmentGraphType>>("latest").Resolve(c => c.Source.With(c.Source.Item.Results.Latest));
        Field<DiagnosticAssessmentGraphType>("previous").Resolve(c => c.Source.Item.Results.Previous is { } previous ? c.Source.With(previous) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionScoreGraphType>>>>("weakestDimensions")
            .Description("Per axis, the dimensions with its lowest score.")
            .Resolve(c => c.Source.WithEach(c.Source.Item.Results.Latest.Dimensions.Where(d => c.Source.Item.Results.WeakestDimensionIds.Contains(d.DimensionId))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticRecommendationGraphType>>>>("recommendations")
            .Resolve(c => c.Source.WithEach(c.Source.Item.Results.Recommendations.Select(r => new RecommendationOfSme(r, c.Source.Item.Profile))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionProgressGraphType>>>>("progress")
            .Description("Every axis and dimension against the previous assessment (empty after the first).")
            .Resolve(c => c.Source.WithEach(c.Source.Item.Results.Progress));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerComparisonGraphType>>>>("peers")
            .Description("The latest scores against the medians of assessed SMEs of the same sector and of the same region (same questionnaire version).")
            .ResolveAsync(async c =>
            {
                var grains = c.RequestServices!.GetRequiredService<IGrainFactory>();
                var (latest, profile) = (c.Source.Item.Results.Latest, c.Source.Item.Profile);
                var groups = new[] { (PeerGroupKind.Sector, ProgrammeCatalog.Describe(profile.Sector).Slug), (PeerGroupKind.Region, ProgrammeCatalog.Describe(profile.Region).Slug) };
                var medians = await Task.WhenAll(groups.Select(g =>
                    grains.GetGrain<IDiagnosticPeerGroupGrain>(IseKeys.DiagnosticPeerGroup(latest.Version, g.Item1, g.Item2)).GetMediansAsync()));
                return c.Source.WithEach(groups.Zip(medians, (g, m) => new PeerComparison(g.Item1, g.Item2, m, latest))).ToList();
            });
    }
}
