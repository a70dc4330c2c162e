using GraphQL;
using GraphQL.Types;
using Ise.Clusters;
using Ise.Diagnostics;
using Ise.Gateway.GraphQL.Errors;
using Ise.Programme;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>A next step in the programme, why, and where it is: upcoming events of its kind, the SME's cluster, guide sections.</summary>
public sealed class DiagnosticRecommendationGraphType : ObjectGraphType<Localized<RecommendationOfSme>>
{
    public DiagnosticRecommendationGraphType()
    {
        Name = "DiagnosticRecommendation";
        Field<NonNullGraphType<IdGraphType>>("ruleId").Resolve(c => c.Source.Item.Recommendation.RuleId);
        Field<NonNullGraphType<ActivityKindEnumGraphType>>("activity").Resolve(c => c.Source.Item.Recommendation.Activity);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Item.Recommendation.Text);
        Field<NonNullGraphType<StringGraphType>>("because").Description("The scores and thresholds that triggered it.").Resolve(c => c.Source.Item.Recommendation.Because);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GuideSectionGraphType>>>>("guideSections")
            .Resolve(c =>
            {
                var guide = c.RequestServices!.GetRequiredService<DiagnosticCatalog>().Guide;
                return c.Source.WithEach(c.Source.Item.Recommendation.GuideSectionIds.Select(id => guide.Sections.Single(s => s.Id == id))).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventGraphType>>>>("upcomingEvents")
            .Description("Events of this kind open for registration: workshops of the SME's sector, cross-border events in another country (at most 3).")
            .ResolveAsync(async c => await RecommendedEvents.UpcomingAsync(c, c.Source.Item.Recommendation.Activity, c.Source.Item.Profile));
        Field<ClusterGraphType>("cluster")
            .Description("For cluster membership: the SME's sector cluster (for the secretariat and partner staff).")
            .ResolveAsync(async c =>
            {
                var caller = c.Caller();
                if (c.Source.Item.Recommendation.Activity != ActivityKind.ClusterMembership || caller.Role is not (IseRole.Secretariat or IseRole.PartnerStaff))
                {
                    return null;
                }

                var slug = ProgrammeCatalog.Describe(c.Source.Item.Profile.Sector).Slug;
                return await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IClusterGrain>(slug).GetAsync();
            });
    }
}
