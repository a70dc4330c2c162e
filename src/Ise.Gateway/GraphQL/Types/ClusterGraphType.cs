using GraphQL;
using GraphQL.Types;
using Ise.Clusters;
using Ise.Gateway.GraphQL.Connections;
using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>A sector cluster: its counts, members, activity feed and connections.</summary>
public sealed class ClusterGraphType : ObjectGraphType<ClusterView>
{
    public ClusterGraphType()
    {
        Name = "Cluster";
        Field(c => c.Sector, type: typeof(NonNullGraphType<SectorEnumGraphType>));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => ProgrammeCatalog.Describe(c.Source.Sector).Name);
        Field(c => c.Sequence, type: typeof(NonNullGraphType<LongGraphType>)).Description("Increases with every change.");
        Field<NonNullGraphType<IntGraphType>>("memberCount").Resolve(c => c.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByCountryGraphType>>>>("membersByCountry")
            .Resolve(c => c.Source.MembersByCountry.OrderBy(p => p.Key).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByRegionGraphType>>>>("membersByRegion")
            .Resolve(c => c.Source.MembersByRegion.OrderBy(p => p.Key).ToList());
        Field(c => c.FeedItems, type: typeof(NonNullGraphType<LongGraphType>));
        Field(c => c.Connections, type: typeof(NonNullGraphType<ConnectionTallyGraphType>));
        Connection<ClusterMemberGraphType>("members")
            .Description("Current members with their join dates: all of them for the secretariat and the cluster's members; for partner staff those their partner leads or served (the others are in the counts only).")
            .ResolveAsync(async c => await ClusterPager.MembersAsync(
                c.RequestServices!.GetRequiredService<IGrainFactory>(), ProgrammeCatalog.Describe(c.Source.Sector).Slug, c.RequestedFirst(), c.After, ClusterMemberVisibility.Of(c)));
        Connection<ClusterFeedItemGraphType>("feed")
            .Description("The activity feed, newest first, back to the very first item; for partner staff, items of SMEs their partner neither leads nor served without the SME's id and text.")
            .ResolveAsync(async c => await ClusterPager.FeedAsync(
                c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IClusterGrain>(ProgrammeCatalog.Describe(c.Source.Sector).Slug), c.RequestedFirst(), c.After,
                items => ClusterMemberVisibility.FeedAsync(c, items)));
    }
}
